import BriefingFrame
import BriefingLayout
import BriefingModel
import Foundation
import Testing

/// Dates, separators and the punctuation the renderer adds, per language.
@Suite("Local conventions")
struct LocalConventionsTests {
    static func summary(_ language: String, name: String, chairs: [String] = ["a", "b"]) -> String {
        """
        briefing: 1
        id: conventions
        languages: [\(language)]
        title: "T"
        date: 2025-07-24
        meeting: {title: "M", date: 2025-07-24, chairs: [\(chairs.joined(separator: ", "))]}
        participants:
          - {id: a, name: "\(name)"}
          - {id: b, name: "\(name)2"}
        sections:
          - title: "S"
        sources:
          - {title: "Протокол", publisher: "ТР", date: 2024-03-22, url: "https://example.org/protokol"}
        """
    }

    /// All the text of the document, run after run, no-break spaces as spaces.
    static func text(_ language: String, name: String = "N") throws -> String {
        let document = try LayoutFixtures.layout(summary(language, name: name), language: language)
        return document.pages.flatMap(\.frame.glyphRuns).map(\.text).joined()
            .replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
    }

    @Test("French writes the first of the month as an ordinal")
    func frenchFirst() throws {
        #expect(LocalFormat(language: "fr").date(try #require(Day("2026-09-01"))) == "1er septembre 2026")
        #expect(LocalFormat(language: "fr").date(try #require(Day("2026-09-11"))) == "11 septembre 2026")
        #expect(LocalFormat(language: "en").date(try #require(Day("2026-09-01"))) == "September 1, 2026")
    }

    @Test("An Arabic date has no comma before its year")
    func arabicDate() throws {
        let date = LocalFormat(language: "ar").date(try #require(Day("2025-11-18")))
        #expect(date.hasSuffix(" 2025") && date.hasPrefix("18 "), "\(date)")
        #expect(!date.contains("،"), "\(date)")
    }

    @Test("A source's date ending with an abbreviation's period takes no second one")
    func russianSourcePeriod() throws {
        let text = try Self.text("ru")
        #expect(text.contains("г. https://example.org/protokol"), "\(text)")
        #expect(!text.contains(".."))
    }

    @Test("Chinese separates a source's publisher from its date with a comma, Japanese with its own")
    func publisherAndDate() throws {
        #expect(try Self.text("zh").contains("ТР，2024"))
        #expect(try Self.text("ja").contains("ТР、2024"))
    }

    @Test("The Vietnamese cover does not say 'ngày' twice")
    func vietnameseCoverDate() throws {
        let text = try Self.text("vi")
        #expect(text.contains("24 tháng 7 năm 2025") && !text.contains("ngày 24 tháng 7"), "\(text)")
        // Elsewhere a date keeps its word.
        #expect(text.contains("ngày 22 tháng 3 năm 2024"))
    }

    @Test("Burmese joins names with its own separator")
    func burmeseList() throws {
        let text = try Self.text("my", name: "ခင်မောင်ဦး")
        #expect(text.contains("ခင်မောင်ဦး၊ ခင်မောင်ဦး2"), "\(text)")
    }
}
