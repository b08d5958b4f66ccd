import BriefingModel
import Testing

/// The one diagnostic of `severity` whose message contains `text`, checked to be at
/// `line` and `column`. Records an issue (and returns nil) when there is none, or several.
@discardableResult
func expectDiagnostic(_ result: LoadResult, _ severity: Diagnostic.Severity = .error, line: Int, column: Int,
                      _ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
    let matching = result.diagnostics.filter { $0.severity == severity && $0.description.contains(text) }
    guard matching.count == 1, let diagnostic = matching.first else {
        let found = result.diagnostics.map(\.description).joined(separator: "\n")
        Issue.record("expected one \(severity) containing “\(text)”; got:\n\(found)", sourceLocation: sourceLocation)
        return nil
    }
    #expect(diagnostic.location.line == line && diagnostic.location.column == column,
            "“\(text)” reported at \(diagnostic.location.line):\(diagnostic.location.column)", sourceLocation: sourceLocation)
    #expect(result.briefing == nil || severity == .warning, sourceLocation: sourceLocation)
    return diagnostic
}

/// Checks that loading succeeded without any diagnostic and returns the briefing.
func expectClean(_ result: LoadResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Briefing {
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))", sourceLocation: sourceLocation)
    return try #require(result.briefing, sourceLocation: sourceLocation)
}
