#pragma once
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace pgcrossing {

// The language of the user interface: English (the source language) or Simplified Chinese. The choice
// is the QSettings key "language" ("" follows the system locale, "en", "zh_CN"); install() loads the
// translations embedded under :/i18n (built from resources/translations/*.ts) plus Qt's own strings
// (wizard buttons, message boxes, context menus), and gives Chinese text a CJK font of the simplified
// style. Install before any widget exists: the pages set their texts once, in their constructors, so a
// change of the setting takes effect at the next start.
class Language {
    Q_DECLARE_TR_FUNCTIONS(Language)
public:
    Language() = delete;

    static QString current();               // the stored setting: "", "en" or "zh_CN"
    static void set(const QString &code);   // stores it; unknown codes are refused (nothing stored)
    // {code, name to show} for a settings choice: {"", "System language"}, {"en", "English"},
    // {"zh_CN", "简体中文"}; each language is named in itself.
    static QList<QPair<QString, QString>> available();

    // "zh-CN", "zh", "zh_Hans", "en_US", "system"… → "zh_CN", "en" or "" (system); a null QString when
    // the code names no language this program has.
    static QString normalize(const QString &code);
    // The language a code means here: "" follows the system's UI languages, first supported one wins;
    // English when none is supported.
    static QString resolve(const QString &code);

    // Installs the translators for `code` (normalized; a null QString means the stored setting).
    // Returns false when the program's own translation could not be loaded (the UI stays English).
    static bool install(QCoreApplication &app, const QString &code = QString());
    static QString installed(); // the resolved language of the last install(), "" before any

private:
    static QString resolveLocale(const QStringList &uiLanguages);
};

} // namespace pgcrossing
