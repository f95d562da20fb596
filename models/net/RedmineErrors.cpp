#include "RedmineErrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace hotline::net {

namespace {

QStringList redmineErrors(const QJsonDocument& doc) {
    QStringList out;
    for (const QJsonValue& v : doc.object().value(QLatin1String("errors")).toArray()) {
        if (v.isString())
            out << v.toString();
    }
    return out;
}

bool requestNeverLeft(QNetworkReply::NetworkError e) {
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return true;
    default:
        return false;
    }
}

} // namespace

QString describeTlsErrors(const QList<QSslError>& errors) {
    for (const QSslError& e : errors) {
        switch (e.error()) {
        case QSslError::CertificateExpired:
            return QCoreApplication::translate(
                "RedmineClient", "The server's certificate has expired. Ask the server administrator to renew it.");
        case QSslError::CertificateNotYetValid:
            return QCoreApplication::translate(
                "RedmineClient",
                "The server's certificate is not valid yet. Check the date and time of this computer.");
        case QSslError::HostNameMismatch:
            return QCoreApplication::translate(
                "RedmineClient", "The server's certificate was issued for another name. Check the server address.");
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            return QCoreApplication::translate(
                "RedmineClient",
                "The server's certificate is not from a trusted authority. If your region uses its own "
                "certificate authority, choose its certificate file in the login dialog.");
        case QSslError::CertificateRevoked:
            return QCoreApplication::translate("RedmineClient", "The server's certificate has been revoked.");
        default:
            break;
        }
    }
    const QString detail = errors.isEmpty() ? QString() : errors.first().errorString();
    return QCoreApplication::translate("RedmineClient", "The secure connection to the server failed: %1").arg(detail);
}

RedmineReply interpretReply(const TransportOutcome& o) {
    RedmineReply r;
    r.httpStatus = o.httpStatus;
    if (o.httpStatus == 0) {
        if (!o.sslErrors.isEmpty() || o.networkError == QNetworkReply::SslHandshakeFailedError) {
            r.error = Error{Error::Code::Tls, describeTlsErrors(o.sslErrors)};
            return r;
        }
        r.mayHaveReachedServer = !requestNeverLeft(o.networkError);
        switch (o.networkError) {
        case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the request
        case QNetworkReply::TimeoutError:
            r.error = Error{Error::Code::Timeout,
                            QCoreApplication::translate("RedmineClient", "The server did not answer in time.")};
            return r;
        case QNetworkReply::ConnectionRefusedError:
            r.error =
                Error{Error::Code::Network,
                      QCoreApplication::translate("RedmineClient", "The server refuses connections (it may be down).")};
            return r;
        case QNetworkReply::HostNotFoundError:
            r.error = Error{
                Error::Code::Network,
                QCoreApplication::translate(
                    "RedmineClient", "The server name cannot be resolved. Check the server address and the network.")};
            return r;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ContentReSendError:
            r.error = Error{
                Error::Code::Network,
                QCoreApplication::translate("RedmineClient", "The server closed the connection before answering.")};
            return r;
        default:
            r.error = Error{Error::Code::Network,
                            QCoreApplication::translate("RedmineClient", "No connection to the server: %1")
                                .arg(o.networkErrorText)};
            return r;
        }
    }

    QJsonParseError parseError{};
    if (!o.body.trimmed().isEmpty())
        r.json = QJsonDocument::fromJson(o.body, &parseError);
    const bool malformed = !o.body.trimmed().isEmpty() && parseError.error != QJsonParseError::NoError;
    const int s = o.httpStatus;
    if (s >= 200 && s < 300) {
        if (malformed) {
            r.error = Error{Error::Code::Parse,
                            QCoreApplication::translate("RedmineClient",
                                                        "The server's answer could not be read (HTTP %1, not JSON). Is "
                                                        "the address really a Redmine server?")
                                .arg(s)};
            r.mayHaveReachedServer = true;
        }
        return r;
    }
    r.serverErrors = malformed ? QStringList() : redmineErrors(r.json);
    const QString list = r.serverErrors.join(QStringLiteral("; "));
    if (s == 401) {
        r.error =
            Error{Error::Code::Unauthorized,
                  QCoreApplication::translate(
                      "RedmineClient", "The server did not accept the login, password or API key. Log in again.")};
    } else if (s == 403) {
        r.error = Error{Error::Code::Forbidden,
                        QCoreApplication::translate("RedmineClient",
                                                    "Your Redmine account is not allowed to do this. Ask the Redmine "
                                                    "administrator for the right role in the project.")};
    } else if (s == 404) {
        r.error = Error{Error::Code::NotFound,
                        QCoreApplication::translate("RedmineClient",
                                                    "Not found on the server (HTTP 404). Check the server address and "
                                                    "that the project is provisioned.")};
    } else if (s == 409) {
        r.error = Error{Error::Code::Conflict,
                        QCoreApplication::translate("RedmineClient",
                                                    "The record was changed on the server at the same time (HTTP 409). "
                                                    "Reload and try again.")};
    } else if (s == 422) {
        r.error = Error{Error::Code::InvalidInput,
                        list.isEmpty()
                            ? QCoreApplication::translate("RedmineClient", "Redmine refused the data (HTTP 422).")
                            : QCoreApplication::translate("RedmineClient", "Redmine refused the data: %1").arg(list)};
    } else if (s >= 500) {
        r.error = Error{Error::Code::Server,
                        QCoreApplication::translate("RedmineClient", "The Redmine server failed (HTTP %1).").arg(s)};
        r.mayHaveReachedServer = true;
    } else if (s >= 300 && s < 400) {
        r.error = Error{Error::Code::Network,
                        QCoreApplication::translate(
                            "RedmineClient", "The server redirects elsewhere (HTTP %1). Check the server address.")
                            .arg(s)};
    } else {
        r.error =
            Error{Error::Code::InvalidInput,
                  list.isEmpty()
                      ? QCoreApplication::translate("RedmineClient", "The server refused the request (HTTP %1).").arg(s)
                      : QCoreApplication::translate("RedmineClient", "The server refused the request (HTTP %1): %2")
                            .arg(s)
                            .arg(list)};
    }
    return r;
}

} // namespace hotline::net
