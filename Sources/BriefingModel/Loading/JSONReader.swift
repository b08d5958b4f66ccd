/// A small JSON reader (RFC 8259) that records the line and column of every value, so
/// that a `.json` summary gets the same positioned diagnostics as a YAML one.
///
/// JSON strings become quoted scalars and the other literals plain ones, so that the
/// schema checks treat both formats alike. It recurses once per nesting level, which
/// the depth limit bounds.
struct JSONReader {
    private struct Failure: Error {
        var offset: Int
        var message: String
    }

    private let bytes: [UInt8]
    private var offset = 0
    /// Position of `offset`, kept as the reader advances so that nodes need no rescan.
    private var line = 1
    private var column = 1
    private var nodeCount = 0

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// `bytes` must be valid UTF-8 without a byte order mark.
    static func read(_ bytes: [UInt8], file: String) -> (root: Node?, diagnostics: [Diagnostic]) {
        var reader = JSONReader(bytes)
        do throws(Failure) {
            reader.skipWhitespace()
            let root = try reader.value(depth: 0)
            reader.skipWhitespace()
            guard reader.offset == bytes.count else {
                throw Failure(offset: reader.offset, message: "JSON syntax error: unexpected text after the document")
            }
            return (root, [])
        } catch {
            let position = TextPosition(of: error.offset, in: bytes)
            return (nil, [.error(at: SourceLocation(file: file, line: position.line, column: position.column), error.message)])
        }
    }

    private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func advance() {
        if bytes[offset] == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if bytes[offset] & 0xC0 != 0x80 {
            column += 1
        }
        offset += 1
    }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { advance() }
    }

    private func failure(_ message: String) -> Failure {
        Failure(offset: offset, message: "JSON syntax error: " + message)
    }

    private mutating func value(depth: Int) throws(Failure) -> Node {
        let (startLine, startColumn) = (line, column)
        nodeCount += 1
        guard nodeCount <= Limits.nodes else { throw Failure(offset: offset, message: "the document has more than 1,000,000 nodes") }
        func node(_ content: Node.Content) -> Node { Node(content: content, line: startLine, column: startColumn) }
        switch current {
        case UInt8(ascii: "{")?, UInt8(ascii: "[")?:
            guard depth < Limits.depth else {
                throw Failure(offset: offset, message: "nesting deeper than \(Limits.depth) levels starts here")
            }
            return try current == UInt8(ascii: "{") ? node(.mapping(object(depth: depth + 1)))
                                                    : node(.sequence(array(depth: depth + 1)))
        case UInt8(ascii: "\"")?:
            return node(.scalar(Scalar(text: try string(), plain: false)))
        case let byte? where byte == UInt8(ascii: "-") || byte.isDecimalDigit:
            return node(.scalar(Scalar(text: try number(), plain: true)))
        default:
            for literal in ["true", "false", "null"] where bytes[offset...].starts(with: literal.utf8) {
                literal.utf8.forEach { _ in advance() }
                return node(.scalar(Scalar(text: literal, plain: true)))
            }
            throw failure(current == nil ? "the document ends where a value was expected" : "expected a value")
        }
    }

    private mutating func object(depth: Int) throws(Failure) -> [Node.Pair] {
        advance()
        skipWhitespace()
        var pairs: [Node.Pair] = []
        if current == UInt8(ascii: "}") {
            advance()
            return pairs
        }
        while true {
            guard current == UInt8(ascii: "\"") else { throw failure("expected a key in double quotes") }
            let key = try value(depth: depth)
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw failure("expected `:` after the key") }
            advance()
            skipWhitespace()
            pairs.append(Node.Pair(key: key, value: try value(depth: depth)))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ",")?:
                advance()
                skipWhitespace()
            case UInt8(ascii: "}")?:
                advance()
                return pairs
            default:
                throw failure("expected `,` or `}`")
            }
        }
    }

    private mutating func array(depth: Int) throws(Failure) -> [Node] {
        advance()
        skipWhitespace()
        var items: [Node] = []
        if current == UInt8(ascii: "]") {
            advance()
            return items
        }
        while true {
            items.append(try value(depth: depth))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ",")?:
                advance()
                skipWhitespace()
            case UInt8(ascii: "]")?:
                advance()
                return items
            default:
                throw failure("expected `,` or `]`")
            }
        }
    }

    /// A JSON string, with its escapes decoded and the result NFC-normalised.
    private mutating func string() throws(Failure) -> String {
        advance()
        var scalars = String.UnicodeScalarView()
        var run = offset
        func flushRun(to end: Int) {
            scalars.append(contentsOf: String(decoding: bytes[run..<end], as: UTF8.self).unicodeScalars)
        }
        while true {
            guard let byte = current else { throw failure("the document ends inside a string") }
            switch byte {
            case UInt8(ascii: "\""):
                flushRun(to: offset)
                advance()
                return String(scalars).composed
            case UInt8(ascii: "\\"):
                flushRun(to: offset)
                advance()
                scalars.append(try escape())
                run = offset
            case 0..<0x20:
                throw failure("control character in a string (write it as an escape such as \\n)")
            default:
                advance()
            }
        }
    }

    private mutating func escape() throws(Failure) -> Unicode.Scalar {
        guard let byte = current else { throw failure("the document ends inside a string") }
        let simple: [UInt8: Unicode.Scalar] = [
            UInt8(ascii: "\""): "\"", UInt8(ascii: "\\"): "\\", UInt8(ascii: "/"): "/", UInt8(ascii: "b"): "\u{08}",
            UInt8(ascii: "f"): "\u{0C}", UInt8(ascii: "n"): "\n", UInt8(ascii: "r"): "\r", UInt8(ascii: "t"): "\t",
        ]
        if let scalar = simple[byte] {
            advance()
            return scalar
        }
        guard byte == UInt8(ascii: "u") else { throw failure("unknown escape `\\\(Character(Unicode.Scalar(byte)))`") }
        advance()
        let high = try hex4()
        guard (0xD800..<0xDC00).contains(high) else {
            guard let scalar = Unicode.Scalar(high) else { throw failure("unpaired surrogate in a \\u escape") }
            return scalar
        }
        guard current == UInt8(ascii: "\\") else { throw failure("unpaired surrogate in a \\u escape") }
        advance()
        guard current == UInt8(ascii: "u") else { throw failure("unpaired surrogate in a \\u escape") }
        advance()
        let low = try hex4()
        guard (0xDC00..<0xE000).contains(low),
              let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        else { throw failure("unpaired surrogate in a \\u escape") }
        return scalar
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, byte.isHexDigit, let digit = UInt32(String(Unicode.Scalar(byte)), radix: 16)
            else { throw failure("expected four hexadecimal digits after \\u") }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, returned as written.
    private mutating func number() throws(Failure) -> String {
        let start = offset
        if current == UInt8(ascii: "-") { advance() }
        guard let first = current, first.isDecimalDigit else { throw failure("expected a digit") }
        advance()
        if first != UInt8(ascii: "0") {
            while let byte = current, byte.isDecimalDigit { advance() }
        }
        if current == UInt8(ascii: ".") {
            advance()
            guard let byte = current, byte.isDecimalDigit else { throw failure("expected a digit after `.`") }
            while let byte = current, byte.isDecimalDigit { advance() }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            advance()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
            guard let byte = current, byte.isDecimalDigit else { throw failure("expected a digit in the exponent") }
            while let byte = current, byte.isDecimalDigit { advance() }
        }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }
}
