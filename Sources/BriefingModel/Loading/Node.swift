/// A YAML or JSON value with the line and column where it starts: what both readers
/// produce and what the schema checks read.
///
/// Aliased YAML nodes are stored once and shared (arrays are copy-on-write), so an
/// alias does not copy what it refers to.
struct Node {
    enum Content {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Pair])
    }

    struct Pair {
        var key: Node
        var value: Node
    }

    var content: Content
    /// 1-based; columns count Unicode scalars, as libyaml does.
    var line: Int
    var column: Int

    var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    var isNull: Bool { scalar?.value == .null }

    /// How the node is named in "expected X, found Y" messages.
    var kindDescription: String {
        switch content {
        case .sequence: "a list"
        case .mapping: "a map"
        case .scalar(let scalar):
            switch scalar.value {
            case .null: "nothing (null)"
            case .bool: "a boolean (`\(scalar.text)`)"
            case .int, .float: "a number (`\(scalar.text)`)"
            case .string: "a string (`\(scalar.text)`)"
            }
        }
    }
}

/// A scalar as written, and its type under the YAML 1.2 core schema.
///
/// The schema is applied here, not by a YAML library, because the format depends on
/// 1.2 rules that 1.1 readers break: `yes`, `on` and `10:30` are strings.
struct Scalar {
    enum Value: Equatable {
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case string(String)
    }

    /// The text as written, NFC-normalised; Text and string fields use this as is.
    let text: String
    let value: Value

    /// `plain` scalars are typed by the core schema; quoted and block scalars, and
    /// JSON strings, are always strings.
    init(text: String, plain: Bool) {
        self.text = text
        value = plain ? Self.resolve(text) : .string(text)
    }

    /// A scalar given an explicit type by a YAML tag (`!!str`, `!!int`, …).
    init(text: String, value: Value) {
        self.text = text
        self.value = value
    }

    var number: Double? {
        switch value {
        case .int(let int): Double(int)
        case .float(let float): float
        default: nil
        }
    }

    /// The YAML 1.2 core schema (section 10.3.2 of the specification).
    static func resolve(_ text: String) -> Value {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        let chars = Array(text.utf8)
        if chars.count > 2, chars[0] == UInt8(ascii: "0") {
            let digits = String(decoding: chars[2...], as: UTF8.self)
            if chars[1] == UInt8(ascii: "o"), digits.utf8.allSatisfy({ (48...55).contains($0) }) {
                return Int(digits, radix: 8).map(Value.int) ?? .string(text)
            }
            if chars[1] == UInt8(ascii: "x"), digits.utf8.allSatisfy(\.isHexDigit) {
                return Int(digits, radix: 16).map(Value.int) ?? .string(text)
            }
        }
        if isInteger(chars) {
            // Too large for Int: still a number, kept as a float rather than refused.
            return Int(text).map(Value.int)
                ?? Double(text).map(Value.float) ?? .string(text)
        }
        if isFloat(chars), let float = Double(text) {
            return .float(float)
        }
        return .string(text)
    }

    /// `[-+]?[0-9]+`
    private static func isInteger(_ chars: [UInt8]) -> Bool {
        let digits = chars.first == UInt8(ascii: "-") || chars.first == UInt8(ascii: "+") ? chars.dropFirst() : chars[...]
        return !digits.isEmpty && digits.allSatisfy(\.isDecimalDigit)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    private static func isFloat(_ chars: [UInt8]) -> Bool {
        var index = chars.startIndex
        func skipDigits() -> Int {
            let start = index
            while index < chars.endIndex, chars[index].isDecimalDigit { index += 1 }
            return index - start
        }
        if index < chars.endIndex, chars[index] == UInt8(ascii: "-") || chars[index] == UInt8(ascii: "+") { index += 1 }
        let whole = skipDigits()
        var fraction = 0
        if index < chars.endIndex, chars[index] == UInt8(ascii: ".") {
            index += 1
            fraction = skipDigits()
            guard whole > 0 || fraction > 0 else { return false }
        } else if whole == 0 {
            return false
        }
        if index < chars.endIndex, chars[index] == UInt8(ascii: "e") || chars[index] == UInt8(ascii: "E") {
            index += 1
            if index < chars.endIndex, chars[index] == UInt8(ascii: "-") || chars[index] == UInt8(ascii: "+") { index += 1 }
            guard skipDigits() > 0 else { return false }
        }
        return index == chars.endIndex
    }
}

extension UInt8 {
    var isDecimalDigit: Bool { (48...57).contains(self) }
    var isHexDigit: Bool { isDecimalDigit || (65...70).contains(self) || (97...102).contains(self) }
}
