@testable import BriefingCharts
import Foundation
import Testing

@Suite("Value axis")
struct ValueAxisTests {
    static let ranges: [(Double, Double)] = [
        (0, 10), (0, 7.3), (0, 1), (-3, 5), (-12.5, -0.2), (0, 1e12), (0, 3e-6), (1e-6, 2e-6),
        (0, 0.37), (-1e9, 4e9), (97, 103), (0, 999), (0, 1001), (-0.004, 0.011),
    ]

    @Test("Steps are 1, 2, 2.5 or 5 × 10ⁿ and the ticks cover the data with no idle interval",
          arguments: ranges, [1, 3, 5, 8])
    func roundAndCovering(range: (Double, Double), intervals: Int) {
        let axis = ValueAxis(covering: range.0, range.1, intervals: intervals)
        let power = pow(10, floor(log10(axis.step)))
        let mantissa = axis.step / power
        #expect([1, 2, 2.5, 5, 10].contains { abs($0 - mantissa) < 1e-9 }, "step \(axis.step)")
        #expect(axis.lower <= range.0 + 1e-9 * abs(range.0))
        #expect(axis.upper >= range.1 - 1e-9 * abs(range.1))
        #expect(axis.range.count - 1 <= max(intervals, range.0 < 0 && range.1 > 0 ? 2 : 1))
        #expect(axis.lower + axis.step > range.0)
        #expect(axis.upper - axis.step < range.1)
        // Every tick label shows its value exactly with the decimals the axis asks for.
        for tick in axis.ticks {
            let scaled = tick * pow(10, Double(axis.fractionDigits))
            #expect(abs(scaled - scaled.rounded()) < 1e-6 * max(1, abs(scaled)))
        }
    }

    @Test("A flat range widens to include zero; all zeros give 0 to 1")
    func degenerate() {
        let zeros = ValueAxis(covering: 0, 0, intervals: 5)
        #expect(zeros.lower == 0 && zeros.upper == 1)
        let single = ValueAxis(covering: 7, 7, intervals: 5)
        #expect(single.lower == 0 && single.upper >= 7)
        let negative = ValueAxis(covering: -4, -4, intervals: 5)
        #expect(negative.lower <= -4 && negative.upper == 0)
    }

    @Test("Quarter steps print their second decimal")
    func quarterDigits() {
        let axis = ValueAxis(covering: 0, 1, intervals: 4)
        #expect(axis.step == 0.25)
        #expect(axis.fractionDigits == 2)
        #expect(ValueAxis(covering: 0, 10, intervals: 4).fractionDigits == 1)
        #expect(ValueAxis(covering: 0, 100, intervals: 4).fractionDigits == 0)
    }
}
