import BriefingText
import Testing

@Suite("Break opportunities by language")
struct BreakOpportunityTests {
    /// Sentences of dictionary words, and words that must never be cut.
    @Test("No break inside a dictionary word", arguments: [
        ("th", "ประเทศไทยและกัมพูชาตกลงขยายการค้าชายแดน", ["ประเทศ", "กัมพูชา", "ชายแดน"]),
        ("lo", "ສອງປະເທດໄດ້ຕົກລົງຂະຫຍາຍການຄ້າຊາຍແດນ", ["ປະເທດ", "ຕົກລົງ", "ການຄ້າ"]),
        ("km", "ប្រទេសទាំងពីរបានព្រមព្រៀងពង្រីកពាណិជ្ជកម្មព្រំដែន", ["ប្រទេស", "ពាណិជ្ជកម្ម", "ព្រំដែន"]),
        ("my", "နိုင်ငံနှစ်ခုသည်နယ်စပ်ကုန်သွယ်ရေးကိုတိုးချဲ့ရန်သဘောတူခဲ့သည်", ["နိုင်ငံ", "ကုန်သွယ်ရေး", "သဘောတူ"]),
    ])
    func dictionaryWords(language: String, sentence: String, words: [String]) throws {
        let engine = try TextFixtures.engine()
        let shaped = engine.shape(TextFixtures.paragraph(sentence, language: language))
        let offsets = shaped.breakpoints.map(\.offset)
        #expect(offsets.count >= 3, "\(language): too few break opportunities")
        let bytes = Array(sentence.utf8)
        for word in words {
            let wordBytes = Array(word.utf8)
            let start = try #require((0...(bytes.count - wordBytes.count)).first { Array(bytes[$0..<$0 + wordBytes.count]) == wordBytes })
            let inside = offsets.filter { $0 > start && $0 < start + wordBytes.count }
            #expect(inside.isEmpty, "\(language): a break inside '\(word)'")
        }
        // Lines on a narrow measure never overflow and give the text back whole.
        let lines = engine.lines(of: shaped, width: { _ in 60 }, justify: false)
        #expect(lines.count > 1)
        for line in lines { #expect(line.naturalWidth <= 60.001) }
        #expect(lines.map { $0.runs.map(\.text).joined() }.joined() == sentence)
    }

    @Test("Chinese and Japanese lines respect the kinsoku prohibitions")
    func kinsoku() throws {
        let engine = try TextFixtures.engine()
        let text = "双方は、「安全第一」を基本とする運転・保守規程の整備（案）について合意した。次回会合は、東京で開催する。"
        let shaped = engine.shape(TextFixtures.paragraph(text, language: "ja"))
        for width in stride(from: 40.0, through: 120, by: 7) {
            let lines = engine.lines(of: shaped, width: { _ in width }, justify: false)
            for line in lines {
                let content = line.runs.map(\.text).joined()
                if let first = content.first, line.range.lowerBound > 0 {
                    #expect(!"。、」）・".contains(first), "a line starts with \(first) at width \(width)")
                }
                if let last = content.last, !line.isLast {
                    #expect(!"「（".contains(last), "a line ends with \(last) at width \(width)")
                }
            }
        }
    }

    /// The text (as shaped, with its typographic spaces) before each break opportunity.
    static func textBeforeBreaks(_ text: String, language: String) throws -> [String] {
        let shaped = try TextFixtures.engine().shape(TextFixtures.paragraph(text, language: language))
        let bytes = Array(shaped.text.utf8)
        // Between words: a Korean word may still break between syllables to save a
        // justified line from gaping (`insideWord`, tested on its own).
        return shaped.breakpoints.filter { !$0.isInsideWord }.map { String(decoding: bytes[..<$0.offset], as: UTF8.self) }
    }

    @Test("No break between a number and its unit")
    func numberAndUnit() throws {
        let text = "Le commerce atteindra 5 milliards de dollars, soit 10 % de plus, et 1 000 t de riz."
        for before in try Self.textBeforeBreaks(text, language: "fr") where before.utf8.count >= 2 {
            let trimmed = before.trimmingCharacters(in: .whitespaces)
            #expect(!(trimmed.last?.isNumber ?? false), "a break right after a number: …\(trimmed.suffix(12))")
        }
    }

    @Test("A German day or ordinal stays with its word; a year ending a sentence does not hold the next")
    func germanOrdinals() throws {
        let text = "Bis zum 31. März und zur 3. Sitzung im Jahr 2025. Danach folgt die Auswertung."
        let before = try Self.textBeforeBreaks(text, language: "de")
        #expect(!before.contains { $0.hasSuffix("31. ") || $0.hasSuffix("3. ") }, "a break after an ordinal")
        #expect(before.contains { $0.hasSuffix("2025. ") }, "a year ending a sentence should not hold the next word")
    }

    @Test("Korean breaks only between words (keep-all), never between the syllables of one")
    func koreanKeepAll() throws {
        let breaks = try Self.textBeforeBreaks("양측은 플라스틱 수거선을 확대하기로 합의했다고 밝혔다.", language: "ko")
        for before in breaks {
            #expect(before.hasSuffix(" "), "a break inside a word: …\(before.suffix(6))|")
        }
        #expect(breaks.count >= 4)
    }

    @Test("A narrow justified Korean column breaks a word between syllables rather than gape; never after a digit")
    func koreanInsideWord() throws {
        let engine = try TextFixtures.engine()
        let text = "갈륨·게르마늄 수출 통제에 관한 정보 교환을 지속한다. 포토레지스트 재고는 평균 45일분(목표: 60일분). "
            + "각국·지역은 다음 회의까지 비축 계획 초안을 제출해야 한다."
        let shaped = engine.shape(TextFixtures.paragraph(text, language: "ko"))
        let lines = engine.lines(of: shaped, width: { _ in 130 }, justify: true)
        let bytes = Array(shaped.text.utf8)
        for line in lines.dropLast() {
            let spaces = shaped.stretchableSpaces(from: line.range.lowerBound, to: line.range.upperBound)
            let gap = spaces > 0 ? (line.width - line.naturalWidth) / Double(spaces) : 0
            #expect(gap < 10 * 0.8, "a gaping line: '\(String(decoding: bytes[line.range], as: UTF8.self))'")
            let before = String(decoding: bytes[..<line.range.upperBound], as: UTF8.self).last
            #expect(!(before?.isNumber ?? false), "a break after a digit")
        }
        #expect(shaped.breakpoints.contains { $0.kind == .insideWord })
        // Ragged lines (table cells, headings) have no spaces to gape: words stay whole.
        let ragged = engine.lines(of: shaped, width: { _ in 130 }, justify: false)
        let inside = Set(shaped.breakpoints.filter { $0.kind == .insideWord }.map(\.offset))
        for line in ragged.dropLast() {
            let before = String(decoding: bytes[..<line.range.upperBound], as: UTF8.self)
            #expect(!inside.contains(line.range.upperBound), "a ragged line ends inside a word: …\(before.suffix(6))|")
        }
        #expect(lines.dropLast().contains { inside.contains($0.range.upperBound) }, "justified lines never used a syllable break")
    }

    @Test("No break after the slash of a compound unit; paths still break")
    func compoundUnits() throws {
        let text = "Débit (m³/s) et vitesse 90 km/h, voir https://example.org/rapports/annuel"
        let before = try Self.textBeforeBreaks(text, language: "fr")
        #expect(!before.contains { $0.hasSuffix("m³/") }, "a break inside m³/s")
        #expect(!before.contains { $0.hasSuffix("km/") }, "a break inside km/h")
        #expect(before.contains { $0.hasSuffix("example.org/") }, "a URL should still break after its slashes")
    }
}

@Suite("Faces by language")
struct FaceSelectionTests {
    @Test("Han characters take Japanese forms in Japanese and Chinese forms in Chinese")
    func hanForms() throws {
        let engine = try TextFixtures.engine()
        let serif = TextFixtures.serif.merging(["han-tc": "Noto Serif CJK TC"]) { $1 }
        func family(of text: String, language: String) -> String? {
            let font = FontSpec(families: FontStack.families(byScript: serif, language: language), size: 10)
            let shaped = engine.shape(StyledParagraph(spans: [TextSpan(text, font: font)], language: language))
            return engine.lines(of: shaped, width: { _ in 500 }, justify: false).first?.runs.first?.font.family
        }
        #expect(family(of: "直線の資料", language: "ja") == "Noto Serif CJK JP")
        #expect(family(of: "直线的资料", language: "zh") == "Noto Serif CJK SC")
        #expect(family(of: "ສອງປະເທດ 2025", language: "lo") == "Noto Serif Lao")
    }

    @Test("Digits inside a Lao or Khmer run come from a face that has them")
    func digitsInLaoAndKhmer() throws {
        let engine = try TextFixtures.engine()
        for (language, text) in [("lo", "ປີ 2024 ມີ 1.250 ໂຄງການ"), ("km", "ឆ្នាំ 2024 មាន 1,250 គម្រោង")] {
            let shaped = engine.shape(TextFixtures.paragraph(text, language: language))
            #expect(shaped.missing.isEmpty, "\(language): \(shaped.missing)")
        }
    }
}

@Suite("Glue")
struct GlueTests {
    @Test("A Japanese date or amount never breaks between its number and its units")
    func japaneseDates() throws {
        let engine = try TextFixtures.engine()
        let text = "次回会合は2025年11月14日に開催し、予算は1,570万ドルとする。"
        let shaped = engine.shape(TextFixtures.paragraph(text, language: "ja"))
        let bytes = Array(shaped.text.utf8)
        for date in ["2025年11月14日", "1,570万ドル"] {
            let pattern = Array(date.utf8)
            let start = try #require((0...(bytes.count - pattern.count)).first { Array(bytes[$0..<$0 + pattern.count]) == pattern })
            // Between the digits and the unit characters: never a break.
            let inside = shaped.breakpoints.map(\.offset).filter { $0 > start && $0 < start + pattern.count }
            let digitUnitBreaks = inside.filter { offset in
                let before = String(decoding: bytes[..<offset], as: UTF8.self).unicodeScalars.last
                let after = String(decoding: bytes[offset...], as: UTF8.self).unicodeScalars.first
                return before?.properties.numericType == .decimal || after?.properties.numericType == .decimal
            }
            #expect(digitUnitBreaks.isEmpty, "\(date) may break at \(digitUnitBreaks)")
        }
    }
}

@Suite("Phrases")
struct PhraseTests {
    @Test("Japanese phrase starts fall between words, never inside one")
    func phraseStarts() {
        let text = "日越インフラ協力合同委員会（第5回）結果概要"
        let starts = Typography.phraseStarts(in: text)
        func offset(of prefix: String) -> Int { prefix.utf8.count }
        #expect(starts.contains(offset(of: "日越")))                       // kanji → katakana
        #expect(starts.contains(offset(of: "日越インフラ")))               // katakana → kanji
        #expect(starts.contains(offset(of: "日越インフラ協力合同委員会")))   // before the bracket
        #expect(starts.contains(offset(of: "日越インフラ協力合同委員会（第5回）"))) // after it
        #expect(!starts.contains(offset(of: "日越インフラ協力合同委")))     // inside 委員会
    }
}

@Suite("Soft hyphens")
struct SoftHyphenTests {
    @Test("A line that ends at a soft hyphen shows a hyphen")
    func visibleAtTheBreak() throws {
        let engine = try TextFixtures.engine()
        let shaped = engine.shape(TextFixtures.paragraph("Inter\u{00AD}nationali\u{00AD}zation", language: "en"))
        #expect(shaped.breakpoints.contains { $0.kind == .hyphen })
        let lines = engine.lines(of: shaped, width: { _ in shaped.naturalWidth * 0.6 }, justify: false)
        #expect(lines.count >= 2)
        let first = try #require(lines.first)
        #expect(first.endsWithHyphen || first.runs.last.map { ["-", "\u{2010}"].contains($0.text) } == true,
                "\(first.runs.map(\.text))")
    }
}
