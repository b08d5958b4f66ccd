import Foundation

/// A linear value axis with round ticks: steps of 1, 2, 2.5 or 5 × 10ⁿ, from a multiple of
/// the step at or below the data to one at or above it.
struct ValueAxis {
    /// The round step multipliers designers use; 2.5 gives quarters, which read well in money.
    static let multipliers = [1.0, 2, 2.5, 5]

    let step: Double
    /// Ticks are `step × k` for k in this range: integers, so ticks never drift by rounding.
    let range: ClosedRange<Int>
    /// Decimals a tick label needs (0.25 → 2).
    let fractionDigits: Int

    var lower: Double { Double(range.lowerBound) * step }
    var upper: Double { Double(range.upperBound) * step }
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
                    return
                }
            }
            exponent += 1
        }
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
