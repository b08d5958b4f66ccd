import ArgumentParser
import BriefingExport
import BriefingText
import Foundation

struct Fonts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the font families of the private font set and the file each resolves to.")

    func run() throws {
        let fonts = try Resources.locate().fontSystem()
        for family in fonts.families() {
            print("\(family)\t\(fonts.file(ofFamily: family) ?? "?")")
        }
    }
}
