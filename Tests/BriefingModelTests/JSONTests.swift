import BriefingModel
import Testing
import TestSupport

/// Section 1: JSON summaries load like YAML ones, with positions in every diagnostic.
struct JSONTests {
    static let summary = """
        {
          "briefing": 1,
          "id": "json-test",
          "languages": ["fr", "en"],
          "title": {"fr": "Titre", "en": "Title"},
          "subtitle": 2024,
          "date": "2025-12-02",
          "participants": [{"id": "ana", "name": "Ana\\u00efs \\ud83d\\ude00"}],
          "sections": [{"title": "Partie", "body": ["[[ana]] a parlé.", {"list": ["a", "b"]}]}]
        }

        """

    @Test func jsonSummaryLoads() throws {
        let briefing = try expectClean(try fixture(Self.summary, named: "summary.json"))
        #expect(briefing.id == "json-test")
        #expect(briefing.subtitle?.resolve("fr").value == "2024")
        #expect(briefing.name(of: "ana")?.resolve("fr").value == "Anaïs 😀")
        #expect(briefing.title.resolve("en").location == SourceLocation(file: "summary.json", line: 5, column: 34))
        #expect(briefing.sections.first?.body.count == 2)
    }

    @Test func jsonWithByteOrderMarkLoads() throws {
        _ = try expectClean(try fixture("\u{FEFF}" + Self.summary, named: "summary.json"))
    }

    @Test func jsonSchemaErrorsCarryPositions() throws {
        let source = Self.summary.replacingOccurrences(of: "\"subtitle\": 2024", with: "\"subtile\": 2024")
            .replacingOccurrences(of: "\"briefing\": 1", with: "\"briefing\": \"1\"")
        let result = try fixture(source, named: "summary.json")
        expectDiagnostic(result, line: 2, column: 15, "`briefing` must be the format version, the integer 1; found a string")
        #expect(expectDiagnostic(result, line: 6, column: 3, "unknown key `subtile` in the summary")?.hint
                == "did you mean `subtitle`?")
    }

    @Test func jsonSyntaxErrorCarriesItsPosition() throws {
        let result = try fixture("{\n  \"briefing\": 1,\n  \"id\": \"x\",,\n}\n", named: "bad.json")
        #expect(result.diagnostics.map(\.description) == ["bad.json:3:13: error: JSON syntax error: expected a key in double quotes"])
    }

    @Test(arguments: [
        ("{\"a\": tru}", 1, 7, "expected a value"),
        ("{\"a\": 01}", 1, 8, "expected `,` or `}`"),
        ("{\"a\": \"x\ny\"}", 1, 9, "control character in a string"),
        ("{\"a\": \"\\q\"}", 1, 9, "unknown escape `\\q`"),
        ("{\"a\": \"\\ud800\"}", 1, 14, "unpaired surrogate"),
        ("{\"a\": 1} x", 1, 10, "unexpected text after the document"),
        ("[1, 2", 1, 6, "expected `,` or `]`"),
        ("", 1, 1, "the document ends where a value was expected"),
    ])
    func jsonSyntaxErrors(_ source: String, line: Int, column: Int, message: String) {
        let result = SummaryLoader.load(string: source, file: "s.json")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message.contains(message) == true, "\(result.diagnostics)")
        #expect(result.diagnostics.first?.location == SourceLocation(file: "s.json", line: line, column: column))
    }

    @Test func jsonDuplicateKeyIsAnError() throws {
        let source = Self.summary.replacingOccurrences(of: "\"subtitle\": 2024", with: "\"id\": \"again\"")
        expectDiagnostic(try fixture(source, named: "summary.json"), line: 6, column: 3, "duplicate key `id` (first at line 3)")
    }

    @Test func jsonNumbersFollowTheCoreSchema() throws {
        let source = Self.summary.replacingOccurrences(of: "\"subtitle\": 2024,", with: """
            "charts": [{"id": "c", "type": "bar", "title": "T", "categories": ["a", "b"],
                        "series": [{"values": [-1.5e3, null]}]}],
            """).replacingOccurrences(of: "{\"list\": [\"a\", \"b\"]}", with: "{\"chart\": \"c\"}")
        let briefing = try expectClean(try fixture(source, named: "summary.json"))
        #expect(briefing.chart(id: "c")?.series.first?.values == [-1500, nil])
    }
}
