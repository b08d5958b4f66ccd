import BriefingModel
import BriefingRender
import Foundation

/// Reads the pixel size of every image a summary places, so that layout can keep
/// their proportions without touching files, and checks that each one decodes.
enum ImageSizes {
    static func read(_ briefing: Briefing) -> (sizes: [URL: (width: Int, height: Int)], diagnostics: [Diagnostic]) {
        var sizes: [URL: (width: Int, height: Int)] = [:]
        var diagnostics: [Diagnostic] = []
        for (image, location) in images(in: briefing.sections) where sizes[image.url] == nil {
            if let size = pngSize(of: image.url) {
                if let problem = ImageCheck.problem(with: image.url, width: size.width, height: size.height) {
                    diagnostics.append(.error(at: location, "`\(image.path)` \(problem)",
                                              hint: "save it again as a PNG, at the size it is printed"))
                } else {
                    sizes[image.url] = size
                }
            } else {
                diagnostics.append(.error(at: location, "`\(image.path)` is not a PNG image",
                                          hint: "images must be PNG files"))
            }
        }
        return (sizes, diagnostics)
    }

    private static func images(in sections: [Section]) -> [(Image, SourceLocation)] {
        sections.flatMap { section in
            section.body.compactMap { block -> (Image, SourceLocation)? in
                if case .image(let image) = block.kind { return (image, block.location) }
                return nil
            } + images(in: section.sections)
        }
    }

    /// Width and height from the PNG header (signature, then the IHDR chunk).
    static func pngSize(of url: URL) -> (width: Int, height: Int)? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 24), header.count == 24 else { return nil }
        let bytes = [UInt8](header)
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        func integer(_ offset: Int) -> Int {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        let width = integer(16)
        let height = integer(20)
        return width > 0 && height > 0 ? (width, height) : nil
    }
}
