import BriefingModel
import Testing
import TestSupport

/// Section 2: dates are `YYYY-MM-DD` real days; times are `HH:MM`.
struct DayTests {
    @Test(arguments: ["2024-02-29", "2000-02-29", "1999-12-31", "0001-01-01"])
    func realDaysParse(_ text: String) {
        #expect(Day(text)?.description == text)
    }

    @Test(arguments: ["2025-02-29", "1900-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00",
                      "2025-1-02", "25-01-02", "2025/01/02", "2025-01-02T10:00", "２０２５-01-02", ""])
    func otherTextIsNotADay(_ text: String) {
        #expect(Day(text) == nil)
    }

    @Test func daysCompareInCalendarOrder() throws {
        let earlier = try #require(Day("2025-01-31"))
        let later = try #require(Day("2025-02-01"))
        #expect(earlier < later)
    }

    @Test func quotedAndUnquotedDatesBothLoad() throws {
        let briefing = try expectClean(try fixture(Fixtures.summary("meeting: {date: \"2025-12-01\"}\n")))
        #expect(briefing.meeting?.date == Day(year: 2025, month: 12, day: 1))
        #expect(briefing.date == Day(year: 2025, month: 12, day: 2))
    }

    @Test func impossibleDayIsAnError() throws {
        let result = try fixture(Fixtures.summary("meeting: {date: 2025-02-30}\n"))
        expectDiagnostic(result, line: 8, column: 17, "`2025-02-30` is not a real date")
    }

    @Test func otherDateFormsAreErrors() throws {
        let result = try fixture(Fixtures.summary("meeting: {date: 02/12/2025}\n"))
        expectDiagnostic(result, line: 8, column: 17, "the meeting's `date` must be a date written YYYY-MM-DD; found `02/12/2025`")
    }

    @Test(arguments: [("9:30", 9, 30), ("09:05", 9, 5), ("23:59", 23, 59), ("00:00", 0, 0)])
    func timesParse(_ text: String, hour: Int, minute: Int) {
        #expect(TimeOfDay(text) == TimeOfDay(hour: hour, minute: minute))
    }

    @Test(arguments: ["24:00", "12:60", "12:5", "123:00", "12h30", "12", ""])
    func otherTextIsNotATime(_ text: String) {
        #expect(TimeOfDay(text) == nil)
    }

    @Test func invalidTimeIsAnError() throws {
        let result = try fixture(Fixtures.summary("meeting: {start: \"25:00\"}\n"))
        expectDiagnostic(result, line: 8, column: 18, "`start` must be a time written HH:MM")
    }

    @Test func meetingEndingBeforeItStartsIsAWarning() throws {
        let result = try fixture(Fixtures.summary("meeting: {start: \"14:00\", end: \"09:00\"}\n"))
        expectDiagnostic(result, .warning, line: 8, column: 32, "the meeting ends (09:00) before it starts (14:00)")
        #expect(result.briefing != nil)
    }
}
