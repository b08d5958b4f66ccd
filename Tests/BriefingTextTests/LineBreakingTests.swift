import BriefingText
import Testing

@Suite("Line breaking")
struct LineBreakingTests {
    @Test("Latin lines never exceed the measure and break only at spaces")
    func latin() throws {
        let engine = try TextFixtures.engine()
        let text = "Les deux dirigeants ont exprimé leur satisfaction devant le développement profond, efficace et substantiel de la coopération bilatérale."
        let shaped = engine.shape(TextFixtures.paragraph(text, language: "fr"))
        let lines = engine.lines(of: shaped, width: { _ in 260 }, justify: true)
        #expect(lines.count >= 3)
        for line in lines {
            #expect(line.naturalWidth <= 260.001)
            let words = text.split(separator: " ").map(String.init)
            let lineText = line.runs.map(\.text).joined()
            for word in lineText.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\u{202F}" }) {
                #expect(words.contains { $0.contains(word) }, "\(word) is a broken word")
            }
        }
        // Justified lines but the last fill the measure exactly.
        for line in lines.dropLast() {
            #expect(abs(line.width - 260) < 0.01, "\(line.runs.map(\.text).joined()) \(line.naturalWidth)")
        }
    }

    @Test("Lines of mixed right-to-left and left-to-right text take every glyph exactly once", arguments: ["ar", "fr"])
    func linesPartitionGlyphs(language: String) throws {
        let engine = try TextFixtures.engine()
        let text = language == "ar"
            ? "وقّع الطرفان اتفاقية بقيمة 500 مليون يورو مع Agence Française de Développement في القاهرة يوم 12 مارس، وتشمل المرحلة الأولى 35 مشروعاً."
            : "Les deux parties ont signé à Paris un accord de 500 millions d’euros avec l’Agence française de développement, pour 35 projets."
        let shaped = engine.shape(TextFixtures.paragraph(text, language: language))
        let whole = engine.lines(of: shaped, width: { _ in 10_000 }, justify: false)
        let glyphs = whole.flatMap(\.runs).reduce(0) { $0 + $1.glyphs.count }
        for width in [90.0, 140, 230] {
            let lines = engine.lines(of: shaped, width: { _ in width }, justify: false)
            #expect(lines.count > 1)
            // Spaces at line ends are dropped, so at most one glyph per break is missing.
            let count = lines.flatMap(\.runs).reduce(0) { $0 + $1.glyphs.count }
            #expect(count <= glyphs && count >= glyphs - (lines.count - 1), "width \(width)")
            let letters = lines.flatMap(\.runs).map(\.text).joined().filter { !$0.isWhitespace }
            #expect(letters.count == text.filter { !$0.isWhitespace }.count, "width \(width)")
        }
    }

    @Test("Lao breaks at dictionary word boundaries, where Pango alone gives none")
    func lao() throws {
        let engine = try TextFixtures.engine()
        let text = "ສອງຝ່າຍໄດ້ຕີລາຄາສູງຜົນສໍາເລັດຂອງການຮ່ວມມືທາງດ້ານເສດຖະກິດການຄ້າແລະການລົງທຶນລະຫວ່າງສອງປະເທດ"
        let shaped = engine.shape(TextFixtures.paragraph(text, language: "lo"))
        #expect(shaped.breakpoints.count > 5)
        let lines = engine.lines(of: shaped, width: { _ in 120 }, justify: false)
        #expect(lines.count > 1)
        for line in lines {
            #expect(line.naturalWidth <= 120.001)
            #expect(!line.runs.isEmpty)
        }
        #expect(shaped.missing.isEmpty)
        #expect(lines.map { $0.runs.map(\.text).joined() }.joined() == text)
    }

    @Test("French gets no-break spaces before high punctuation and between number and unit")
    func frenchSpaces() throws {
        let engine = try TextFixtures.engine()
        let shaped = engine.shape(TextFixtures.paragraph("Objectif : 5 milliards de dollars ; « vite » !", language: "fr"))
        let lines = engine.lines(of: shaped, width: { _ in 1000 }, justify: false)
        let text = lines[0].runs.map(\.text).joined()
        #expect(text == "Objectif\u{A0}: 5\u{A0}milliards de dollars\u{202F}; «\u{A0}vite\u{202F}»\u{202F}!")
    }

    @Test("Code is printed exactly as written: no typographic spaces put into it")
    func verbatimCode() throws {
        let engine = try TextFixtures.engine()
        let font = FontSpec(families: FontStack.families(byScript: TextFixtures.serif, language: "fr"), size: 10)
        let paragraph = StyledParagraph(spans: [TextSpan("La norme ", font: font),
                                                TextSpan("ISO 24510 ; ok", font: font, verbatim: true),
                                                TextSpan(" : 5 kg", font: font)], language: "fr")
        let lines = engine.lines(of: engine.shape(paragraph), width: { _ in 1000 }, justify: false)
        #expect(lines[0].runs.map(\.text).joined() == "La norme ISO 24510 ; ok\u{A0}: 5\u{A0}kg")
    }

    @Test("A word wider than the line is cut between graphemes, never overflowing")
    func emergency() throws {
        let engine = try TextFixtures.engine()
        let shaped = engine.shape(TextFixtures.paragraph("Hanoï–Vientiane–Phnompenh–Bangkok–Rangoun", language: "fr"))
        let lines = engine.lines(of: shaped, width: { _ in 40 }, justify: false)
        #expect(lines.count > 2)
        for line in lines { #expect(line.naturalWidth <= 40.001, "\(line.runs.map(\.text))") }
    }

    @Test("A Latin word cut for want of room ends its line with a hyphen; a Thai one does not")
    func emergencyHyphen() throws {
        let engine = try TextFixtures.engine()
        let latin = engine.shape(TextFixtures.paragraph("Supercalifragilisticexpialidocious", language: "en"))
        let lines = engine.lines(of: latin, width: { _ in 50 }, justify: false)
        #expect(lines.count > 2)
        for line in lines.dropLast() {
            #expect(line.endsWithHyphen, "\(line.runs.map(\.text))")
            #expect(line.naturalWidth <= 50.001)
        }
        let thai = engine.shape(TextFixtures.paragraph("ประเทศไทยและกัมพูชาตกลงขยายการค้า", language: "th"))
        for line in engine.lines(of: thai, width: { _ in 30 }, justify: false) {
            #expect(!line.endsWithHyphen)
        }
    }
}

@Suite("Names")
struct NameBreakingTests {
    /// The lines of `text` on a measure that holds it up to the end of `fits`.
    static func lines(_ text: String, fits: String, language: String, isName: Bool) throws -> [String] {
        let engine = try TextFixtures.engine()
        var paragraph = TextFixtures.paragraph(text, language: language)
        paragraph.spans[0].isName = isName
        let shaped = engine.shape(paragraph)
        let width = shaped.lineWidth(from: 0, to: fits.utf8.count, hyphen: false) + 0.5
        return engine.lines(of: shaped, width: { _ in width }, justify: false).map { $0.runs.map(\.text).joined() }
    }

    @Test("A name breaks at its space rather than between the dictionary words of one of its parts", arguments: [
        ("th", "ฯพณฯ จัน โสวัณณารา", "ฯพณฯ จัน โสวัณ", "โสวัณณารา"),
        ("th", "นายสุรพงษ์ ธนาวงศ์", "นายสุรพงษ์ ธนา", "ธนาวงศ์"),
        ("km", "លោក សុរពង្ស ធនាវង្ស", "លោក សុរពង្ស ធនា", "ធនាវង្ស"),
    ])
    func nameAtSpace(language: String, name: String, fits: String, lastPart: String) throws {
        let text = try Self.lines(name, fits: fits, language: language, isName: false)
        #expect(text.first == fits, "\(language): ordinary text should fill the line up to \(fits): \(text)")
        let lines = try Self.lines(name, fits: fits, language: language, isName: true)
        #expect(lines.last == lastPart, "\(language): \(lines)")
    }

    @Test("A name does not leave a short word alone on an almost empty line")
    func nameDoesNotStrandAWord() throws {
        let lines = try Self.lines("นาย สุรพงษ์ธนาวงศ์ศรีสวัสดิ์", fits: "นาย สุรพงษ์ธนาวงศ์", language: "th", isName: true)
        #expect(lines.count == 2 && lines.first != "นาย " && lines.first != "นาย", "\(lines)")
    }

    @Test("A name part wider than the line still breaks between its dictionary words, not between letters")
    func longNamePart() throws {
        let lines = try Self.lines("โสวัณณารา", fits: "โสวัณ", language: "th", isName: true)
        #expect(lines == ["โสวัณ", "ณารา"])
    }
}
