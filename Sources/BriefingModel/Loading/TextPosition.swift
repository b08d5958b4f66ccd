/// Line and column (1-based, columns in Unicode scalars like libyaml's) of a byte offset
/// in UTF-8 text, for problems found before any YAML or JSON node exists.
struct TextPosition {
    var line = 1
    var column = 1

    init(of offset: Int, in bytes: [UInt8]) {
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // Continuation bytes belong to the scalar already counted.
                column += 1
            }
        }
    }

    /// The offset of the first byte that is not valid UTF-8, or nil if all are.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
