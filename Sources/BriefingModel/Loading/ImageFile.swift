import Foundation

extension SummaryBuilder {
    private static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Resolves an image path against the summary's folder. A path that would leave the
    /// folder (absolute, climbing with `..`, or through a symbolic link) is refused
    /// before the file is opened, so a summary cannot make the renderer read elsewhere.
    func imageFile(_ path: String, at node: Node) -> URL? {
        guard !path.isEmpty else {
            error(node, "`image` needs the path of a PNG file")
            return nil
        }
        guard !path.hasPrefix("/") else {
            error(node, "image path `\(path)` is absolute; images must be inside the summary's folder",
                  hint: "write the path relative to the summary")
            return nil
        }
        var depth = 0
        for component in path.split(separator: "/") where component != "." {
            depth += component == ".." ? -1 : 1
            guard depth >= 0 else {
                error(node, "image path `\(path)` leads outside the summary's folder")
                return nil
            }
        }
        let url = directory.appendingPathComponent(path).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            error(node, "image `\(path)` not found (looked for \(url.path))")
            return nil
        }
        let folder = directory.standardizedFileURL.resolvingSymlinksInPath().path
        guard url.resolvingSymlinksInPath().path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") else {
            error(node, "image path `\(path)` leads outside the summary's folder through a symbolic link")
            return nil
        }
        guard !isDirectory.boolValue else {
            error(node, "image path `\(path)` is a folder, not a PNG file")
            return nil
        }
        guard Self.isPNG(url) else {
            error(node, "image `\(path)` is not a PNG file")
            return nil
        }
        return url
    }

    private static func isPNG(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: pngSignature.count)).map { Array($0) == pngSignature } ?? false
    }
}
