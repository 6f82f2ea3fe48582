#pragma once
#include "Endpoint.h"
#include "PlanOptions.h"

#include <QJsonObject>
#include <QString>

namespace pgcrossing {

// A plan file: both endpoints and the options, without any secret. The CLI's --plan input and the
// wizard's "Export plan" / "Load plan" — one format, {"source":…, "target":…, "options":…}.
struct PlanFile {
    Endpoint source;
    Endpoint target;
    PlanOptions options;

    QJsonObject toJson() const;
    static PlanFile fromJson(const QJsonObject &o, QString *error);
    bool save(const QString &path, QString *error) const;
    static bool load(const QString &path, PlanFile *out, QString *error);
};

} // namespace pgcrossing
