import BriefingModel
import Foundation

/// Loads `source` as the file `name` (its extension picks YAML or JSON) in a fresh
/// folder that also holds `files` (images, keyed by relative path), then removes the
/// folder (so the briefing's `directory` no longer exists when this returns).
/// Diagnostics name the file `name`, so tests can compare them literally.
public func fixture(_ source: String, named name: String = "summary.yaml", files: [String: Data] = [:]) throws -> LoadResult {
    try withTemporaryDirectory { directory in
        let file = try directory.write(name, source)
        for (path, data) in files {
            try directory.write(path, data: data)
        }
        return SummaryLoader.load(contentsOf: file, displayPath: name)
    }
}

/// Small valid inputs to build tests on.
public enum Fixtures {
    /// The required keys of a summary in French and English, one section included.
    /// It ends inside that section: appended lines indented by four spaces add to the
    /// section (`    body: […]`), unindented ones are top-level keys. Either way the
    /// first appended line is line `headerLines + 1`.
    public static let header = """
        briefing: 1
        id: test
        languages: [fr, en]
        title: {fr: Titre, en: Title}
        date: 2025-12-02
        sections:
          - title: {fr: Première partie, en: First part}

        """

    /// The number of lines in `header`.
    public static let headerLines = 7

    /// `header` followed by `body`, whose first line is line 8 of the result.
    public static func summary(_ body: String) -> String {
        header + body
    }

    /// A valid RGB PNG of one colour, uncompressed, for image blocks and layout tests.
    public static func png(width: Int = 2, height: Int = 1, red: UInt8 = 200, green: UInt8 = 16, blue: UInt8 = 46) -> Data {
        var scanlines: [UInt8] = []
        for _ in 0..<height {
            scanlines.append(0) // filter type: none
            for _ in 0..<width { scanlines += [red, green, blue] }
        }
        var header: [UInt8] = []
        header += bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        header += [8, 2, 0, 0, 0] // 8 bits per channel, RGB, deflate, no filter, no interlace
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += chunk("IHDR", header) + chunk("IDAT", zlibStored(scanlines)) + chunk("IEND", [])
        return Data(png)
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
    }

    /// A zlib stream of stored (uncompressed) deflate blocks: valid, and needs no zlib.
    private static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var start = 0
        repeat {
            let end = min(start + 65_535, data.count)
            let length = UInt16(end - start)
            out.append(end == data.count ? 1 : 0)
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            out += data[start..<end]
            start = end
        } while start < data.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return out + bigEndian(b << 16 | a)
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 {
                crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1
            }
        }
        return ~crc
    }
}
