/// Lengths in style files: a bare number is in points; a string may carry a unit, because
/// page margins are usually specified in millimetres or inches.
enum Length {
    /// Points per unit. A point is 1/72 inch, PDF's unit.
    static let units: [String: Double] = ["pt": 1, "mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72]

    /// The length in points of `"12"`, `"12pt"`, `"10mm"`, `"2.5cm"` or `"1in"` (a space
    /// before the unit is allowed); nil for anything else, including infinities and NaN.
    static func points(_ text: String) -> Double? {
        let trimmed = text.trimmingSuffix(while: { $0.isLetter })
        let unit = String(text.dropFirst(trimmed.count))
        guard let factor = unit.isEmpty ? 1 : units[unit] else { return nil }
        let number = trimmed.trimmingSuffix(while: { $0 == " " })
        // Double(_:) also accepts "inf", "nan" and hexadecimal; a length is none of these.
        guard number.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
              let value = Double(number), value.isFinite
        else { return nil }
        return value * factor
    }
}

/// Which lengths a key accepts.
enum LengthRange {
    case any, nonNegative, positive

    func admits(_ value: Double) -> Bool {
        switch self {
        case .any: true
        case .nonNegative: value >= 0
        case .positive: value > 0
        }
    }

    /// The requirement, for messages: "`roles.body.size` must be greater than zero".
    var phrase: String {
        switch self {
        case .any: "a length"
        case .nonNegative: "zero or more"
        case .positive: "greater than zero"
        }
    }
}

extension String {
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var result = Substring(self)
        while let last = result.last, predicate(last) { result = result.dropLast() }
        return String(result)
    }
}
