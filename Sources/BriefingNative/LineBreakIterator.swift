import CBreak

/// ICU's dictionary-based line breaking, for scripts written without spaces between
/// words (Lao, Khmer, Burmese, Thai) where Pango 1.50 offers few or no break points.
public enum LineBreakIterator {
    /// Break opportunities in `text` as UTF-16 offsets (never 0 or the length).
    public static func boundaries(in text: String, locale: String) -> [Int] {
        let units = Array(text.utf16)
        guard !units.isEmpty else { return [] }
        var capacity = units.count / 2 + 8
        while true {
            var output = [Int32](repeating: 0, count: capacity)
            let count = units.withUnsafeBufferPointer { buffer in
                output.withUnsafeMutableBufferPointer { out in
                    cbreak_line_boundaries(locale, buffer.baseAddress, Int32(units.count), out.baseAddress, Int32(capacity))
                }
            }
            if count < 0 { return [] }
            if Int(count) <= capacity { return output.prefix(Int(count)).map(Int.init) }
            capacity = Int(count)
        }
    }
}
