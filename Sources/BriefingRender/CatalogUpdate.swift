import Foundation

/// Adds to a PDF that Cairo wrote the document-level entries Cairo 1.16 has no API for:
/// the language screen readers read the text in (`/Lang`), and the title shown in a
/// viewer's window instead of the file name (`/DisplayDocTitle`).
///
/// The catalog is written again as an incremental update appended to the file (PDF 1.7,
/// 7.5.6): the bytes Cairo wrote stay as they are, and the update is the same for the
/// same input, so output stays byte-identical run to run.
enum CatalogUpdate {
    /// Appends the update to the PDF at `file`; does nothing to a file whose trailer it
    /// cannot read (never a half-edited file).
    static func apply(to file: URL, language: String) throws {
        let data = try Data(contentsOf: file)
        guard let update = update(for: data, language: language) else { return }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(update.utf8))
    }

    /// The text to append to `pdf`, or nil when its trailer or catalog is not as Cairo
    /// writes them.
    static func update(for pdf: Data, language: String) -> String? {
        // The trailer and the catalog are plain ASCII at the end of the file.
        let tail = String(decoding: pdf.suffix(4096), as: UTF8.self)
        guard let trailer = tail.range(of: "trailer", options: .backwards),
              let size = integer(after: "/Size", in: tail[trailer.upperBound...]),
              let root = integer(after: "/Root", in: tail[trailer.upperBound...]),
              let info = integer(after: "/Info", in: tail[trailer.upperBound...]),
              let startxref = tail.range(of: "startxref", options: .backwards),
              let previous = integer(after: "", in: tail[startxref.upperBound...]),
              let entries = catalogEntries(root, in: pdf)
        else { return nil }
        let tag = language.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        let object = "\(root) 0 obj\n<<\(entries)   /Lang (\(tag))\n   /ViewerPreferences << /DisplayDocTitle true >>\n>>\nendobj\n"
        // Cairo ends the file with a newline after %%EOF; the object starts on a line of its own.
        let lead = pdf.last == 0x0A ? "" : "\n"
        let objectOffset = pdf.count + lead.utf8.count
        let xref = objectOffset + object.utf8.count
        let offset = String(objectOffset)
        guard offset.count <= 10 else { return nil }
        return lead + object
            + "xref\n0 1\n0000000000 65535 f \n\(root) 1\n\(String(repeating: "0", count: 10 - offset.count) + offset) 00000 n \n"
            + "trailer\n<< /Size \(size)\n   /Root \(root) 0 R\n   /Info \(info) 0 R\n   /Prev \(previous)\n>>\n"
            + "startxref\n\(xref)\n%%EOF\n"
    }

    /// The entries of catalog object `number`, between its outer `<<` and `>>`, unless it
    /// already has a language.
    private static func catalogEntries(_ number: Int, in pdf: Data) -> String? {
        let marker = Data("\n\(number) 0 obj\n".utf8)
        guard let start = pdf.range(of: marker, options: .backwards)?.upperBound,
              let end = pdf.range(of: Data("endobj".utf8), in: start..<pdf.count)?.lowerBound
        else { return nil }
        let body = String(decoding: pdf[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard body.hasPrefix("<<"), body.hasSuffix(">>"), body.contains("/Type /Catalog"), !body.contains("/Lang") else { return nil }
        return String(body.dropFirst(2).dropLast(2))
    }

    /// The whole number written after `key` in `text`.
    private static func integer(after key: String, in text: Substring) -> Int? {
        guard let found = key.isEmpty ? text.startIndex..<text.startIndex : text.range(of: key) else { return nil }
        let digits = text[found.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\r" }.prefix { $0.isNumber }
        return Int(digits)
    }
}
