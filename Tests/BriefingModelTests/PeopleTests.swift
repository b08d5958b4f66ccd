import BriefingModel
import Testing
import TestSupport

/// Section 3: meeting, delegations and participants.
struct PeopleTests {
    @Test func participantNeedsIDAndName() throws {
        let result = try fixture(Fixtures.summary("participants:\n  - role: Chef\n"))
        expectDiagnostic(result, line: 9, column: 5, "a participant needs `id`")
        expectDiagnostic(result, line: 9, column: 5, "a participant needs `name`")
    }

    @Test func delegationNeedsIDAndName() throws {
        let result = try fixture(Fixtures.summary("delegations:\n  - {country: VN}\n"))
        expectDiagnostic(result, line: 9, column: 5, "a delegation needs `id`")
        expectDiagnostic(result, line: 9, column: 5, "a delegation needs `name`")
    }

    @Test func unknownMeetingKeyNamesTheNearest() throws {
        let result = try fixture(Fixtures.summary("meeting:\n  chair: [ana]\n"))
        let diagnostic = expectDiagnostic(result, line: 9, column: 3, "unknown key `chair` in `meeting`")
        #expect(diagnostic?.hint == "did you mean `chairs`?")
    }

    @Test func unknownParticipantKeyNamesTheNearest() throws {
        let result = try fixture(Fixtures.summary("participants: [{id: ana, name: Ana, rôle: Chef}]\n"))
        #expect(expectDiagnostic(result, line: 8, column: 37, "unknown key `rôle` in a participant")?.hint
                == "did you mean `role`?")
    }

    @Test(arguments: ["VN", "LA", "FR", "EU", "XK"])
    func countriesAreISOCodes(_ code: String) throws {
        let briefing = try expectClean(try fixture(Fixtures.summary("delegations: [{id: d, name: D, country: \(code)}]\n")))
        #expect(briefing.delegations.first?.country == code)
    }

    @Test func lowerCaseCountryIsAnErrorWithTheFix() throws {
        let result = try fixture(Fixtures.summary("delegations: [{id: d, name: D, country: vn}]\n"))
        let diagnostic = expectDiagnostic(result, line: 8, column: 41, "country code `vn` must be written in capitals")
        #expect(diagnostic?.hint == "write `VN`")
    }

    @Test(arguments: ["ZZ", "VNM", "V"])
    func unknownCountryIsAnError(_ code: String) throws {
        let result = try fixture(Fixtures.summary("delegations: [{id: d, name: D, country: \(code)}]\n"))
        expectDiagnostic(result, line: 8, column: 41, "`\(code)` is not an ISO 3166-1 alpha-2 country code")
    }

    @Test(arguments: ["\"#12345\"", "\"C8102E\"", "\"#GG0000\"", "red"])
    func coloursAreHexTriplets(_ colour: String) throws {
        let result = try fixture(Fixtures.summary("delegations: [{id: d, name: D, color: \(colour)}]\n"))
        expectDiagnostic(result, line: 8, column: 39, "`color` must be a colour written \"#RRGGBB\"")
    }

    @Test func unquotedColourIsACommentAndGetsAHint() throws {
        let result = try fixture(Fixtures.summary("delegations:\n  - id: d\n    name: D\n    color: #C8102E\n"))
        let diagnostic = expectDiagnostic(result, line: 11, column: 5, "`color` has no value")
        #expect(diagnostic?.hint?.contains("an unquoted # starts a YAML comment") == true)
    }

    @Test func meetingIsAllOptional() throws {
        let briefing = try expectClean(try fixture(Fixtures.summary("meeting: {location: Vientiane}\n")))
        #expect(briefing.meeting?.location?.resolve("en").value == "Vientiane")
        #expect(briefing.meeting?.chairs == [])
    }
}
