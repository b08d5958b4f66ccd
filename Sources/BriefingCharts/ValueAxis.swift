import Foundation

/// A linear value axis with round ticks: steps of 1, 2, 2.5 or 5 × 10ⁿ, from a multiple of
/// the step at or below the data to one at or above it.
struct ValueAxis {
    /// The round step multipliers designers use; 2.5 gives quarters, which read well in money.
    static let multipliers = [1.0, 2, 2.5, 5]

    let step: Double
    /// Ticks are `step × k` for k in this range: integers, so ticks never drift by rounding.
    private(set) var range: ClosedRange<Int>
    /// Decimals a tick label needs (0.25 → 2).
    let fractionDigits: Int
    /// Where the axis starts and ends: its first and last ticks, unless `trimmed`.
    private(set) var lower: Double
    private(set) var upper: Double

    var ticks: [Double] { range.map { Double($0) * step } }

    /// The smallest round step that covers `minimum…maximum` in at most `intervals` intervals.
    /// A degenerate range widens to include zero (or to 0…1 when everything is zero).
    init(covering minimum: Double, _ maximum: Double, intervals: Int) {
        var low = min(minimum, maximum), high = max(minimum, maximum)
        if low == high {
            low = min(low, 0)
            high = max(high, 0)
            if low == high { high = 1 }
        }
        // A range across zero needs a tick on each side of it.
        let count = max(low < 0 && high > 0 ? 2 : 1, intervals)
        let rough = (high - low) / Double(count)
        var exponent = Int(floor(log10(rough))) - 1
        while true {
            for multiplier in Self.multipliers {
                let step = multiplier * pow(10, Double(exponent))
                guard step >= rough * (1 - 1e-9) else { continue }
                let first = Self.index(low / step, rounding: .down), last = Self.index(high / step, rounding: .up)
                if last - first <= count {
                    self.step = step
                    range = first...max(last, first + 1)
                    fractionDigits = max(0, -exponent + (multiplier == 2.5 ? 1 : 0))
                    lower = Double(range.lowerBound) * step
                    upper = Double(range.upperBound) * step
                    return
                }
            }
            exponent += 1
        }
    }

    /// The axis a designer would choose for `minimum…maximum`, whatever the language: the
    /// nicest round step giving 4 to 7 intervals that hug the data, among the axes whose tick
    /// labels `fits` accepts (fewer intervals only when more would not fit). Each candidate is
    /// scored by the share of the axis the data leave idle, plus small penalties for the less
    /// round steps (5, 2, then 2.5 after 1) and for straying from five intervals.
    /// - Parameter trimming: how far past zero, in steps, data may reach for the axis to
    ///   end short of a tick there (see `trimmed`): bars labelled with their values may
    ///   end a little past them; a line's points and a stack's segments, which carry no
    ///   value of their own, get a tick to be read against (0).
    static func choose(covering minimum: Double, _ maximum: Double, trimming: Double = 0.5,
                       fits: (ValueAxis) -> Bool) -> ValueAxis {
        var candidates: [ValueAxis] = []
        for intervals in 1...12 {
            let full = ValueAxis(covering: minimum, maximum, intervals: intervals)
            let axis = trimming > 0 ? full.trimmed(covering: minimum, maximum, upTo: trimming) : full
            if !candidates.contains(where: { abs($0.step - axis.step) <= 1e-12 * axis.step }) { candidates.append(axis) }
        }
        let fitting = candidates.filter(fits)
        guard !fitting.isEmpty else { return candidates.min { $0.range.count < $1.range.count } ?? candidates[0] }
        let low = min(minimum, maximum), high = max(minimum, maximum)
        func score(_ axis: ValueAxis) -> Double {
            let span = axis.upper - axis.lower
            let idle = span > 0 ? max(0, (span - (high - low)) / span) : 0
            let count = axis.range.count - 1
            let crowding = count < 4 ? Double(4 - count) * 0.3 : count > 7 ? Double(count - 7) * 0.3 : 0
            return idle + axis.roundness + crowding + 0.01 * Double(abs(count - 5))
        }
        return fitting.min { score($0) < score($1) } ?? fitting[0]
    }

    /// The axis ending short of its last tick on the far side of zero from most of the data,
    /// when the data reach less than `fraction` of that interval past zero: a −0.3 beside
    /// values up to 16 takes the axis to −1 (the next fifth of a step), not to −5 with a
    /// tick of its own, which would give a fifth of the plot to nothing. The ticks, zero's
    /// included, stay where they were.
    func trimmed(covering minimum: Double, _ maximum: Double, upTo fraction: Double) -> ValueAxis {
        let low = min(minimum, maximum), high = max(minimum, maximum)
        let minor = step / 5
        var axis = self
        if range.lowerBound == -1 && range.upperBound > 1 && low > -step * fraction {
            axis.range = 0...range.upperBound
            axis.lower = min(0, (low / minor).rounded(.down) * minor)
        } else if range.upperBound == 1 && range.lowerBound < -1 && high < step * fraction {
            axis.range = range.lowerBound...0
            axis.upper = max(0, (high / minor).rounded(.up) * minor)
        }
        return axis
    }

    /// How far the step is from the roundest: 1 × 10ⁿ is 0; 5, 2 and 2.5 a little more.
    var roundness: Double {
        let mantissa = step / pow(10, floor(log10(step)))
        if abs(mantissa - 1) < 1e-6 || abs(mantissa - 10) < 1e-6 { return 0 }
        if abs(mantissa - 5) < 1e-6 { return 0.02 }
        if abs(mantissa - 2) < 1e-6 { return 0.03 }
        return 0.08
    }

    /// The tick index at or beyond a value in steps; a value within rounding error of a tick
    /// is that tick.
    private static func index(_ steps: Double, rounding: FloatingPointRoundingRule) -> Int {
        let nearest = steps.rounded()
        return Int(abs(steps - nearest) < 1e-9 * max(1, abs(steps)) ? nearest : steps.rounded(rounding))
    }

    /// Which ticks get a label on an axis `length` long when each label takes `size` along it:
    /// all of them when they fit, else every n-th, counted from zero so that zero keeps its own.
    func labelled(length: Double, size: Double) -> [Bool] {
        let spacing = length / Double(max(1, range.count - 1))
        let every = spacing >= size + 1 ? 1 : Int(ceil((size + 1) / max(spacing, 1e-9)))
        let zero = range.contains(0) ? -range.lowerBound : 0
        return range.indices.map { (range.distance(from: range.startIndex, to: $0) - zero) % every == 0 }
    }

    /// Where `value` falls between `lower` (0) and `upper` (1).
    func fraction(_ value: Double) -> Double {
        (value - lower) / (upper - lower)
    }
}
