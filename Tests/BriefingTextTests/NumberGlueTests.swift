import BriefingText
import Testing

/// Breaks the script's rules allow and a typesetter does not take.
@Suite("Numbers, signs and marks that hold together")
struct NumberGlueTests {
    /// The shaped text on either side of each break opportunity.
    static func breaks(_ text: String, language: String) throws -> [(before: String, after: String)] {
        let shaped = try TextFixtures.engine().shape(TextFixtures.paragraph(text, language: language))
        let bytes = Array(shaped.text.utf8)
        return shaped.breakpoints.filter { $0.kind != .insideWord }.map {
            (String(decoding: bytes[..<$0.offset], as: UTF8.self), String(decoding: bytes[$0.offset...], as: UTF8.self))
        }
    }

    @Test("No break inside a number or between it and its unit, in fullwidth digits or Korean", arguments: [
        ("ja", "２０２４年のコンテナ取扱量は約１，６００万ＴＥＵ、円借款は約１，２００億円、２０２８年にも需要が上回る。",
         ["２０２４年", "１，６００万ＴＥＵ", "１，２００億円", "２０２８年"]),
        ("ja", "航路水深（－１４ｍ）の確保と道路（約１５ｋｍ）の拡幅、前年比１８．５％増。", ["－１４ｍ", "１５ｋｍ", "１８．５％"]),
        ("zh", "预计到2030年，投资将达到１２０亿元，惠及１００万人。", ["2030年", "１２０亿元", "１００万人"]),
        ("ko", "회의는 2025년 9월 30일에 열리며 약 540개의 충전소와 100만 톤을 논의한다.", ["2025년", "9월", "30일에", "540개의", "100만"]),
    ])
    func numbers(language: String, text: String, wholes: [String]) throws {
        let breaks = try Self.breaks(text, language: language)
        #expect(breaks.count >= 5, "\(language): too few break opportunities")
        for whole in wholes {
            let inside = breaks.filter { pair in
                (1..<whole.count).contains { split in
                    pair.before.hasSuffix(String(whole.prefix(split))) && pair.after.hasPrefix(String(whole.dropFirst(split)))
                }
            }
            #expect(inside.isEmpty, "\(language): a break inside \(whole)")
        }
    }

    @Test("A web address breaks before its hyphens and dots, never after a hyphen; still after a slash")
    func addressHyphens() throws {
        let breaks = try Self.breaks("Accord publié sur https://eur-lex.europa.eu/legal-content/FR/TXT/ et sur www.my-site.org ce jour.", language: "fr")
        #expect(!breaks.contains { $0.before.hasSuffix("-") }, "\(breaks.map { $0.before.suffix(12) })")
        #expect(breaks.contains { $0.before.hasSuffix("eur-lex.europa.eu/") })
        #expect(breaks.contains { $0.after.hasPrefix("-content/FR") }, "the mark starts the next line")
        #expect(breaks.contains { $0.after.hasPrefix(".europa.eu") })
        #expect(!breaks.contains { $0.after.hasPrefix("//eur") || $0.after.hasPrefix("/eur") })
        let words = try Self.breaks("Un accord franco-vietnamien.", language: "fr")
        #expect(words.contains { $0.before.hasSuffix("franco-") }, "an ordinary compound still breaks after its hyphen")
        let bracketed = try Self.breaks("Voir le site (www.franco-viet.org) et les accords U.S./EU.", language: "fr")
        #expect(!bracketed.contains { $0.before.hasSuffix("franco-") }, "an address in brackets is an address")
        #expect(!bracketed.contains { $0.after.hasPrefix(".S./EU") }, "an abbreviation is not an address")
    }

    @Test("Mail addresses and addresses in running text are neither broken after their hyphens nor hyphenated")
    func addressesInText() throws {
        let text = "Write to press-office@example-ministry.gov or see gov.example-ministry.org/cross-border-infrastructure today."
        let mail = try Self.breaks(text, language: "en")
        #expect(!mail.contains { $0.before.hasSuffix("press-") || $0.before.hasSuffix("example-") || $0.before.hasSuffix("cross-") })
        let engine = try TextFixtures.engine()
        var paragraph = TextFixtures.paragraph("The agreement on infrastructure is at https://gov.example-ministry.org/infrastructure-programme today.",
                                               language: "en")
        paragraph.hyphenate = true
        let shaped = engine.shape(paragraph)
        let bytes = Array(shaped.text.utf8)
        let start = try #require((0..<bytes.count).first { bytes[$0...].starts(with: Array("https".utf8)) })
        let hyphens = shaped.breakpoints.filter { $0.kind == .hyphen }.map(\.offset)
        #expect(hyphens.contains { $0 < start }, "the word before the address should still hyphenate: \(hyphens)")
        #expect(!hyphens.contains { $0 > start }, "an address is hyphenated at \(hyphens)")
    }

    @Test("A fullwidth sign after a Japanese word stays with its number")
    func fullwidthSignAfterKana() throws {
        let breaks = try Self.breaks("輸出は＋２．５％、輸入は－１．２％だった。", language: "ja")
        #expect(!breaks.contains { $0.before.hasSuffix("＋") || $0.before.hasSuffix("－") })
    }

    /// A word before a number is not its unit: ragged Japanese lines may end before the
    /// number or between the two, not only a whole phrase earlier.
    @Test("A number holds on to its ordinal prefix, not to any word before it")
    func wordBeforeNumber() throws {
        let japanese = try Self.breaks("会議は約９０分間行われ、第５回の日程を決めた。", language: "ja")
        #expect(japanese.contains { $0.before.hasSuffix("約") && $0.after.hasPrefix("９") })
        #expect(!japanese.contains { $0.before.hasSuffix("第") && $0.after.hasPrefix("５") })
    }

    @Test("No break between a sign and its number; a range still breaks after its dash", arguments: [
        ("th", "ปริมาณน้ำฝนอาจผันผวนได้ถึง ±18 % ภายในปี 2583", ["±"]),
        ("vi", "độ sâu luồng (–14 m), nhiệt độ −5 °C đến +3 °C", ["–", "−", "+"]),
    ])
    func signs(language: String, text: String, signs: [String]) throws {
        let breaks = try Self.breaks(text, language: language)
        for pair in breaks {
            let sign = signs.first { pair.before.hasSuffix($0) }
            #expect(sign == nil || !(pair.after.first?.isNumber ?? false), "\(language): a break after \(sign ?? "")")
        }
        let range = try Self.breaks("các bến 3–6 và 7–9", language: "vi")
        #expect(range.contains { $0.before.hasSuffix("3–") }, "a range should still break after its dash")
    }

    @Test("No break after an opening guillemet or before a closing one")
    func guillemets() throws {
        let vietnamese = try Self.breaks("ông nhấn mạnh: « Cảng Lạch Huyện là cửa ngõ » và dự báo « nhu cầu tăng ».", language: "vi")
        #expect(!vietnamese.contains { $0.before.hasSuffix("«\u{00A0}") || $0.before.hasSuffix("« ") })
        #expect(!vietnamese.contains { $0.after.hasPrefix("»") })
        // German quotes the other way round: the space before its opening » still breaks.
        let german = try Self.breaks("Er sagte »Das Projekt ist wichtig« und ging.", language: "de")
        #expect(german.contains { $0.after.hasPrefix("»Das") })
    }

    @Test("A Czech or Polish line never ends with a one-letter preposition or conjunction", arguments: [
        ("cs", "Jednání v Praze se konalo s účastí zástupců a expertů z ministerstva (k dispozici i online)."),
        ("pl", "Posiedzenie w Warszawie odbyło się z udziałem ekspertów i przedstawicieli o godzinie 10:00 (w sali A)."),
    ])
    func oneLetterWords(language: String, text: String) throws {
        let breaks = try Self.breaks(text, language: language)
        #expect(breaks.count >= 5)
        for pair in breaks {
            let words = pair.before.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == "\u{00A0}" })
            #expect(words.last.map { $0.count > 1 } ?? true, "\(language): a line may end with '\(words.last ?? "")'")
        }
        // English has no such rule.
        #expect(try Self.breaks("a plan for a port", language: "en").contains { $0.before.hasSuffix("a ") })
    }

    @Test("Small kana and the prolonged sound mark never start a Japanese line")
    func smallKana() throws {
        let text = "ラックフェン港のコンテナターミナルでチェックシステムとデジタルプラットフォームを導入する。"
            + "３ヵ月ごとにぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿーを確認する。"
        for pair in try Self.breaks(text, language: "ja") {
            let first = try #require(pair.after.unicodeScalars.first)
            #expect(!"ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿー".unicodeScalars.contains(first), "a line may start with \(first)")
        }
    }

    @Test("Repetition marks stay with the word they repeat", arguments: [
        ("km", "ស្ថានភាពស្ថានីយ៍សំខាន់ៗ និងអាងស្តុកទឹកតូចៗត្រូវរក្សាទុកទឹក", "ៗ"),
        ("th", "ประชุมหารือเรื่องต่างๆ และโครงการเล็กๆ อีกมาก", "ๆ"),
        ("lo", "ກອງປະຊຸມໄດ້ປຶກສາຫາລືບັນຫາຕ່າງໆ ແລະ ໂຄງການນ້ອຍໆ", "ໆ"),
    ])
    func repetitionMarks(language: String, text: String, mark: String) throws {
        let breaks = try Self.breaks(text, language: language)
        #expect(breaks.count >= 2)
        #expect(!breaks.contains { $0.after.hasPrefix(mark) }, "\(language): a line may start with \(mark)")
    }
}

@Suite("Titles before names")
struct HonorificTests {
    @Test("A title stays with the name after it", arguments: [
        ("Mr Teerapong Srisomboon", "Mr\u{A0}Teerapong Srisomboon"),
        ("Mme Claire Duvernet", "Mme\u{A0}Claire Duvernet"),
        ("H.E. Sok Vannarith", "H.E.\u{A0}Sok Vannarith"),
        ("Mona El-Chérif", "Mona El-Chérif"),
        ("Mrinal Sen", "Mrinal Sen"),
    ])
    func tied(name: String, expected: String) {
        #expect(Typography.tyingHonorific(name) == expected)
    }
}

@Suite("Spaced dashes")
struct SpacedDashTests {
    @Test("No line starts with a spaced dash: it ends the line before", arguments: ["fr", "vi", "en"])
    func dashEndsLine(language: String) throws {
        let breaks = try NumberGlueTests.breaks("le pilier défense – sécurité – diplomatie et le lien Viet Nam — Laos", language: language)
        #expect(!breaks.contains { $0.after.hasPrefix("–") || $0.after.hasPrefix("—") }, "\(breaks.map(\.after))")
        #expect(breaks.contains { $0.before.hasSuffix("– ") }, "the line may still end after the dash")
    }
}
