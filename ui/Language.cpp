#include "Language.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace pgcrossing {

namespace {

const QString kSettingsKey = QStringLiteral("language");
const QString kEnglish = QStringLiteral("en");
const QString kChinese = QStringLiteral("zh_CN");

// The translators of the last install(), owned by the application object.
QList<QTranslator *> &installedTranslators()
{
    static QList<QTranslator *> translators;
    return translators;
}

QString &installedLanguage()
{
    static QString language;
    return language;
}

// The language a locale name means here, or a null QString. Traditional Chinese (zh_TW, zh_HK) is not
// Simplified Chinese: those users read English rather than the other script.
QString supportedLanguage(const QString &name)
{
    const QLocale locale(QString(name).replace(QLatin1Char('-'), QLatin1Char('_')));
    if (locale.language() == QLocale::English)
        return kEnglish;
    if (locale.language() == QLocale::Chinese && locale.script() == QLocale::SimplifiedHanScript)
        return kChinese;
    return QString();
}

// Without a font of the simplified style first in line, fontconfig may draw Han characters with a
// Japanese or Traditional Chinese font, whose glyph shapes differ. The UI's own family stays first, so
// Latin text does not change.
void preferSimplifiedChineseFont()
{
    const QStringList installed = QFontDatabase::families();
    static const char *const candidates[] = {"Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
                                             "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei",
                                             "PingFang SC"};
    for (const char *candidate : candidates) {
        const QString family = QString::fromLatin1(candidate);
        if (!installed.contains(family, Qt::CaseInsensitive))
            continue;
        QFont font = QGuiApplication::font();
        QStringList families = font.families();
        if (families.isEmpty())
            families << font.family();
        if (!families.contains(family, Qt::CaseInsensitive))
            families << family;
        font.setFamilies(families);
        QGuiApplication::setFont(font);
        return;
    }
}

} // namespace

QString Language::current()
{
    const QString stored = normalize(QSettings().value(kSettingsKey).toString());
    return stored.isNull() ? QStringLiteral("") : stored;
}

void Language::set(const QString &code)
{
    const QString language = normalize(code);
    if (!language.isNull())
        QSettings().setValue(kSettingsKey, language);
}

QList<QPair<QString, QString>> Language::available()
{
    return {{QStringLiteral(""), tr("System language")},
            {kEnglish, QStringLiteral("English")},
            {kChinese, QStringLiteral("简体中文")}};
}

QString Language::normalize(const QString &code)
{
    const QString c = code.trimmed();
    if (c.isEmpty() || c.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("");
    return supportedLanguage(c);
}

QString Language::resolve(const QString &code)
{
    const QString language = normalize(code);
    if (!language.isEmpty())
        return language;
    return resolveLocale(QLocale::system().uiLanguages());
}

QString Language::resolveLocale(const QStringList &uiLanguages)
{
    for (const QString &name : uiLanguages) {
        const QString language = supportedLanguage(name);
        if (!language.isNull())
            return language;
    }
    return kEnglish; // the source language
}

bool Language::install(QCoreApplication &app, const QString &code)
{
    for (QTranslator *t : std::as_const(installedTranslators())) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installedTranslators().clear();

    const QString language = resolve(code.isNull() ? current() : code);
    installedLanguage() = language;
    // Dates, numbers and sizes follow the interface's language: QLocale() reads 2026/12/1 in Chinese. In
    // English the system's own formats are kept when the system is English, else (a C or other locale,
    // whose short dates read "1 Dec 2026" or in another language) American English.
    const QLocale system = QLocale::system();
    if (language == kChinese)
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China));
    else if (system.language() == QLocale::English)
        QLocale::setDefault(system);
    else
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    auto load = [&app](const QString &name, const QString &dir) {
        auto *translator = new QTranslator(&app);
        if (!translator->load(name, dir) || !QCoreApplication::installTranslator(translator)) {
            delete translator;
            return false;
        }
        installedTranslators() << translator;
        return true;
    };

    // English is the source language; its catalogue holds only the plural forms ("1 database").
    const bool own = load(QStringLiteral("pgcrossing_") + language, QStringLiteral(":/i18n"));
    if (!own)
        qWarning("pgcrossing: no translation for %s is built in; the interface stays English",
                 qUtf8Printable(language));
    if (language != kEnglish) {
        // Qt's own strings (wizard buttons, message boxes, context menus): the system catalogue when the
        // distribution ships it (Debian: qt6-translations-l10n), else the few this program embeds.
        if (!load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            load(QStringLiteral("qtbase_fallback_") + language, QStringLiteral(":/i18n"));
    }
    if (language == kChinese && qobject_cast<QGuiApplication *>(&app))
        preferSimplifiedChineseFont();
    return own;
}

QString Language::installed()
{
    return installedLanguage();
}

} // namespace pgcrossing
