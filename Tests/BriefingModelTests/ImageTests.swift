import BriefingModel
import Foundation
import Testing
import TestSupport

/// Section 4: image blocks, whose paths must stay inside the summary's folder.
struct ImageTests {
    private func image(_ block: String, files: [String: Data] = [:]) throws -> LoadResult {
        try fixture(Fixtures.summary("    body:\n      - \(block)\n"), files: files)
    }

    @Test func imageLoadsWithItsOptions() throws {
        let result = try image("{image: figures/map.png, caption: Carte, alt: Une carte, width: 0.6}",
                               files: ["figures/map.png": Fixtures.png(width: 4, height: 3)])
        let briefing = try expectClean(result)
        guard case .image(let image)? = briefing.sections.first?.body.first?.kind else {
            Issue.record("expected an image")
            return
        }
        #expect(image.path == "figures/map.png")
        #expect(image.url.path.hasSuffix("/figures/map.png"))
        #expect(image.url.path.hasPrefix(briefing.directory.path))
        #expect(image.width == 0.6)
        #expect(image.caption?.resolve("fr").value == "Carte")
    }

    @Test func pathsWithDotsThatStayInsideAreFine() throws {
        let result = try image("{image: ./figures/../map.png}", files: ["map.png": Fixtures.png()])
        _ = try expectClean(result)
    }

    @Test func missingImageIsAnError() throws {
        expectDiagnostic(try image("{image: absent.png}"), line: 9, column: 17, "image `absent.png` not found")
    }

    @Test func pathLeavingTheFolderIsRefused() throws {
        expectDiagnostic(try image("{image: figures/../../secret.png}"), line: 9, column: 17,
                         "image path `figures/../../secret.png` leads outside the summary's folder")
    }

    @Test func absolutePathIsRefused() throws {
        expectDiagnostic(try image("{image: /etc/passwd}"), line: 9, column: 17, "image path `/etc/passwd` is absolute")
    }

    @Test func symbolicLinkLeavingTheFolderIsRefused() throws {
        try withTemporaryDirectory { outside in
            try outside.write("secret.png", data: Fixtures.png())
            try withTemporaryDirectory { folder in
                try FileManager.default.createSymbolicLink(at: folder.url.appendingPathComponent("pics"),
                                                           withDestinationURL: outside.url)
                let file = try folder.write("summary.yaml", Fixtures.summary("    body: [{image: pics/secret.png}]\n"))
                let result = SummaryLoader.load(contentsOf: file, displayPath: "summary.yaml")
                expectDiagnostic(result, line: 8, column: 20,
                                 "image path `pics/secret.png` leads outside the summary's folder through a symbolic link")
            }
        }
    }

    @Test func imageMustBeAPNG() throws {
        expectDiagnostic(try image("{image: photo.png}", files: ["photo.png": Data("GIF89a".utf8)]),
                         line: 9, column: 17, "image `photo.png` is not a PNG file")
    }

    @Test func folderIsNotAnImage() throws {
        expectDiagnostic(try image("{image: figures}", files: ["figures/a.png": Fixtures.png()]),
                         line: 9, column: 17, "image path `figures` is a folder")
    }

    @Test(arguments: ["1.5", "0.05", "0", "-1"])
    func widthIsAFractionOfTheTextWidth(_ width: String) throws {
        let result = try image("{image: map.png, width: \(width)}", files: ["map.png": Fixtures.png()])
        expectDiagnostic(result, line: 9, column: 33, "`width` is a fraction of the text width, from 0.1 to 1.0")
    }

    @Test(arguments: ["0.1", "1", "1.0"])
    func widthBoundsAreIncluded(_ width: String) throws {
        _ = try expectClean(try image("{image: map.png, width: \(width)}", files: ["map.png": Fixtures.png()]))
    }

    @Test func widthMustBeANumber() throws {
        let result = try image("{image: map.png, width: \"50%\"}", files: ["map.png": Fixtures.png()])
        expectDiagnostic(result, line: 9, column: 33, "`width` must be a number; found a string (`50%`)")
    }

    @Test func generatedPNGHasTheRightSignatureAndSize() {
        let png = [UInt8](Fixtures.png(width: 300, height: 250))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(Array(png[16..<24]) == [0, 0, 1, 44, 0, 0, 0, 250])
    }
}
