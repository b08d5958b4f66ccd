@testable import BriefingModel
import Testing
import TestSupport

/// Section 1: scalars follow the YAML 1.2 core schema, applied by the loader itself.
struct ScalarTests {
    @Test(arguments: [
        ("yes", Scalar.Value.string("yes")), ("no", .string("no")), ("on", .string("on")), ("off", .string("off")),
        ("y", .string("y")), ("10:30", .string("10:30")), ("1_000", .string("1_000")), ("0b101", .string("0b101")),
        ("2025-12-02", .string("2025-12-02")), ("tRue", .string("tRue")), ("nan", .string("nan")),
        ("true", .bool(true)), ("True", .bool(true)), ("FALSE", .bool(false)),
        ("null", .null), ("~", .null), ("", .null), ("NULL", .null),
        ("12", .int(12)), ("+12", .int(12)), ("-7", .int(-7)), ("012", .int(12)), ("0o17", .int(15)), ("0x1F", .int(31)),
        ("1e12", .float(1e12)), ("-0.5", .float(-0.5)), (".5", .float(0.5)), ("1.", .float(1)), ("2.5E-3", .float(0.0025)),
        (".inf", .float(.infinity)), ("-.Inf", .float(-.infinity)),
        ("99999999999999999999", .float(1e20)),
    ])
    func coreSchema(_ text: String, _ expected: Scalar.Value) {
        #expect(Scalar.resolve(text) == expected)
    }

    @Test func notANumberIsAFloat() {
        guard case .float(let value) = Scalar.resolve(".NaN") else {
            Issue.record("`.NaN` should be a float")
            return
        }
        #expect(value.isNaN)
    }

    @Test func quotedScalarsAreAlwaysStrings() {
        #expect(Scalar(text: "true", plain: false).value == .string("true"))
        #expect(Scalar(text: "12", plain: false).value == .string("12"))
        #expect(Scalar(text: "", plain: false).value == .string(""))
    }

    @Test func quotedTrueIsNotABoolean() throws {
        // The header ends inside a section, so indented lines continue that section.
        let result = try fixture(Fixtures.summary("    body:\n      - page-break: \"true\"\n"))
        expectDiagnostic(result, line: 9, column: 21, "`page-break` must be `true`; found a string (`true`)")
    }

    @Test func yesIsAStringNotTrue() throws {
        let result = try fixture(Fixtures.summary("    body: [{page-break: yes}]\n"))
        expectDiagnostic(result, line: 8, column: 25, "`page-break` must be `true`; found a string (`yes`)")
    }

    @Test func timesAreStringsNotSexagesimal() throws {
        let briefing = try expectClean(try fixture(Fixtures.summary("meeting: {start: 10:30, end: 12:05}\n")))
        #expect(briefing.meeting?.start == TimeOfDay(hour: 10, minute: 30))
        #expect(briefing.meeting?.end?.description == "12:05")
    }

    @Test func exponentsAreNumbers() throws {
        let briefing = try expectClean(try fixture(Fixtures.summary("""
                body: [{chart: c}]
            charts:
              - {id: c, type: bar, title: C, categories: [a, b], series: [{values: [1e12, 2.5E3]}]}

            """)))
        #expect(briefing.charts.first?.series.first?.values == [1e12, 2500])
    }

    @Test func explicitTagsApply() throws {
        let briefing = try expectClean(try fixture(Fixtures.summary("subtitle: !!str 2024\nauthor: !!int 7\n")))
        #expect(briefing.subtitle?.resolve("fr").value == "2024")
        #expect(briefing.author == "7")
    }

    @Test func explicitTagThatDoesNotFitIsAnError() throws {
        let result = try fixture(Fixtures.summary("author: !!int seven\n"))
        expectDiagnostic(result, line: 8, column: 9, "`seven` is not a valid `!!int`")
    }

    @Test func customTagsAreRefused() throws {
        let result = try fixture(Fixtures.summary("author: !person Ana\nsubtitle: !!binary aGk=\n"))
        expectDiagnostic(result, line: 8, column: 9, "unsupported YAML tag `!person`")
        expectDiagnostic(result, line: 9, column: 11, "unsupported YAML tag `!!binary`")
    }
}
