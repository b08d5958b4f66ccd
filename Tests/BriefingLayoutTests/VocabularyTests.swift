import Foundation
import BriefingLayout
import BriefingText
import Testing

@Suite("Vocabulary")
struct VocabularyTests {
    /// The languages issue 4 asks for, and those added after, each with a complete row.
    static let languages = ["en", "fr", "es", "pt", "de", "ru", "vi", "lo", "th", "km", "my", "ar", "zh", "ja", "ko",
                            "he", "zh-Hant", "el", "hi", "it", "nl", "pl", "uk", "tr", "id", "fa", "cs"]

    @Test("Every term has a non-empty entry in every listed language", arguments: languages)
    func complete(language: String) {
        for term in Term.allCases {
            let word = Vocabulary.term(term, language: language)
            #expect(word != nil, "\(language): no entry for \(term)")
            #expect(word?.trimmingCharacters(in: .whitespaces).isEmpty == false, "\(language): empty entry for \(term)")
        }
    }

    @Test("Every listed language has a row, and the table names them")
    func rows() {
        for language in Self.languages {
            #expect(Vocabulary.languages.contains(language.lowercased()), "\(language) has no row")
        }
    }

    @Test("Every row is listed here, so that the tests above check all of its terms")
    func everyRowListed() {
        let listed = Set(Self.languages.map { $0.lowercased() })
        for row in Vocabulary.languages {
            #expect(listed.contains(row), "the row '\(row)' is not in VocabularyTests.languages")
        }
    }

    @Test("Each row is written in its language's script: no term is left in English", arguments: languages)
    func ownScript(language: String) {
        let script = Script.of(language: language)
        guard script != .latin else { return }
        for term in Term.allCases {
            let word = Vocabulary.pageOf(1, 2, pattern: Vocabulary.term(term, language: language) ?? "")
            let scripts = Set(word.unicodeScalars.compactMap(Script.of))
            #expect(!scripts.contains(.latin), "\(language): \(term) is '\(word)'")
        }
    }

    @Test("Persian is written with Persian letters: yeh and kaf, not the Arabic ones")
    func persianLetters() {
        for term in Term.allCases {
            let word = Vocabulary.term(term, language: "fa") ?? ""
            #expect(!word.unicodeScalars.contains { ["\u{064A}", "\u{0643}", "\u{0649}"].contains($0) }, "\(term): '\(word)'")
        }
    }

    @Test("Every page pattern places both the page and the count", arguments: languages)
    func pageOf(language: String) throws {
        let pattern = try #require(Vocabulary.term(.pageOf, language: language))
        #expect(pattern.contains("{n}"), "\(language): '\(pattern)' has no {n}")
        #expect(pattern.contains("{m}"), "\(language): '\(pattern)' has no {m}")
        let text = Vocabulary.pageOf(3, 12, pattern: pattern)
        #expect(text.contains("3") && text.contains("12") && !text.contains("{"), "\(language): '\(text)'")
    }

    @Test("A region subtag falls back to its primary language")
    func regionSubtag() {
        #expect(Vocabulary.term(.draft, language: "pt-BR") == Vocabulary.term(.draft, language: "pt"))
        #expect(Vocabulary.term(.draft, language: "zh-Hans") == Vocabulary.term(.draft, language: "zh"))
    }

    @Test("Chinese in traditional characters gets its own words", arguments: ["zh-Hant", "zh-TW", "zh-Hant-HK", "zh-HK"])
    func traditionalChinese(language: String) {
        #expect(Vocabulary.term(.participants, language: language) == "與會人員")
        #expect(Vocabulary.term(.participants, language: "zh") == "与会人员")
        #expect(Vocabulary.term(.participants, language: "zh-Hans-HK") == "与会人员")
    }

    @Test("The draft watermark uses the language's own word", arguments: [
        ("de", "ENTWURF"), ("ja", "草案"), ("ar", "مسودة"), ("zh", "草案"), ("th", "ร่าง"),
        ("km", "សេចក្តីព្រាង"), ("my", "မူကြမ်း"), ("ru", "ПРОЕКТ"), ("uk", "ПРОЄКТ"), ("el", "ΣΧΕΔΙΟ"),
        ("hi", "प्रारूप"), ("fa", "پیش\u{200C}نویس"), ("pl", "PROJEKT"), ("cs", "NÁVRH"), ("nl", "CONCEPT"), ("it", "BOZZA"),
    ])
    func draft(language: String, word: String) {
        #expect(Vocabulary.term(.draft, language: language) == word)
    }
}
