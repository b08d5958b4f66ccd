import BriefingModel
import BriefingStyle
import BriefingText
import Foundation

/// Dates, times and numbers in the conventions of the rendered language, from
/// Foundation's locale data (ICU's CLDR tables), in the Gregorian calendar unless the
/// style chooses another (`calendar: {th: buddhist}`).
public struct LocalFormat {
    public let language: String
    public let digits: Digits
    private let dateFormatter: DateFormatter
    private let numberFormatter: NumberFormatter
    private let calendar: Calendar

    /// - Parameter digits: Western digits, or the script's own; ICU is always asked for
    ///   Latin digits (Burmese would otherwise get its own) and native ones are mapped after.
    ///   The summary's dates are Gregorian; `printed` is the calendar they are printed in.
    public init(language: String, digits: Digits = .western, calendar printed: CalendarChoice = .gregorian) {
        self.language = language
        self.digits = digits
        let locale = Locale(identifier: language + "@numbers=latn")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        self.calendar = calendar
        var shown = Calendar(identifier: printed.identifier)
        shown.timeZone = calendar.timeZone
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.calendar = shown
        formatter.timeZone = calendar.timeZone
        if printed == .gregorian, let pattern = Self.datePatterns[String(language.prefix(2))] {
            formatter.dateFormat = pattern
        } else {
            formatter.dateStyle = .long
            formatter.timeStyle = .none
        }
        dateFormatter = formatter
        let numbers = NumberFormatter()
        numbers.locale = locale
        numbers.numberStyle = .decimal
        numberFormatter = numbers
    }

    /// Where CLDR's long form is not what official documents print: Vietnamese
    /// writes "ngày 2 tháng 12 năm 2025", not CLDR's "ngày 2 tháng 12, 2025", and
    /// Arabic "2 ديسمبر 2025", without CLDR's comma before the year.
    static let datePatterns = ["vi": "'ngày' d 'tháng' M 'năm' y", "ar": "d MMMM y"]

    /// "2 décembre 2025", "December 2, 2025", "ngày 2 tháng 12 năm 2025"; and in French the
    /// first of the month as an ordinal, "1er septembre 2026", which CLDR does not write.
    public func date(_ day: Day) -> String {
        let components = DateComponents(year: day.year, month: day.month, day: day.day, hour: 12)
        guard let date = calendar.date(from: components) else { return day.description }
        var text = dateFormatter.string(from: date)
        if day.day == 1, language.split(separator: "-").first == "fr", text.hasPrefix("1 "), dateFormatter.calendar.identifier == .gregorian {
            text = "1er" + text.dropFirst(1)
        }
        return localized(text)
    }

    /// "09:00–11:30": 24-hour times are read everywhere the users work.
    public func timeRange(_ start: TimeOfDay?, _ end: TimeOfDay?) -> String? {
        let range: String? = switch (start, end) {
        case let (start?, end?): "\(start)–\(end)"
        case let (start?, nil): start.description
        case let (nil, end?): end.description
        case (nil, nil): nil
        }
        return range.map(localized)
    }

    /// An integer with the language's digits grouping ("12 345", "12,345").
    public func integer(_ value: Int) -> String {
        localized(numberFormatter.string(from: NSNumber(value: value)) ?? String(value))
    }

    /// Western digits mapped to the script's own when the style asks for them.
    public func localized(_ text: String) -> String {
        digits == .native ? Script.nativeDigits(text, language: language) : text
    }
}
