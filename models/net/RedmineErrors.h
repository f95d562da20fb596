#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QStringList>
#include <optional>

namespace hotline::net {

// What came back from one request: either the parsed JSON body or a typed error a person can act on.
struct RedmineReply {
    std::optional<Error> error;
    int httpStatus = 0;
    QJsonDocument json;
    QStringList serverErrors; // Redmine's own {"errors": [...]} (422)
    // For a failed request: could the server have acted on it (timeout, reset after sending, 5xx)? A
    // request that creates something must then be checked before it is sent again.
    bool mayHaveReachedServer = false;

    bool ok() const { return !error.has_value(); }
};

// What the transport reported for one finished request.
struct TransportOutcome {
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    int httpStatus = 0; // 0: no HTTP answer at all
    QByteArray body;
    QList<QSslError> sslErrors;
};

// The one place where transport errors, HTTP status codes and Redmine's error bodies become typed errors.
RedmineReply interpretReply(const TransportOutcome& outcome);

// A readable sentence for a TLS problem (expired, wrong host, untrusted issuer...).
QString describeTlsErrors(const QList<QSslError>& errors);

} // namespace hotline::net
