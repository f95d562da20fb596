#pragma once

// A QNetworkAccessManager that answers from a handler instead of the network: the seam for unit tests.

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>
#include <functional>

namespace hotline::test {

struct FakeRequest {
    QNetworkAccessManager::Operation op;
    QNetworkRequest request;
    QByteArray body;
    QString method() const {
        return op == QNetworkAccessManager::PostOperation  ? QStringLiteral("POST")
               : op == QNetworkAccessManager::PutOperation ? QStringLiteral("PUT")
                                                           : QStringLiteral("GET");
    }
    QString path() const { return request.url().path(); }
};

struct FakeResponse {
    int status = 200;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // a transport failure (status ignored)
    QList<QSslError> sslErrors;
    bool hang = false; // never answers: the request's transfer timeout ends it, as in QNetworkAccessManager
    int delayMs = 0;   // answers after this long (a server's latency)

    static FakeResponse http(int status, const QByteArray& body = {}) {
        FakeResponse r;
        r.status = status;
        r.body = body;
        return r;
    }
    static FakeResponse json(int status, const QJsonObject& o) {
        return http(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    static FakeResponse transport(QNetworkReply::NetworkError e) {
        FakeResponse r;
        r.error = e;
        return r;
    }
};

class FakeReply : public QNetworkReply {
public:
    FakeReply(const FakeRequest& r, const FakeResponse& response, QObject* parent)
        : QNetworkReply(parent)
        , m_response(response) {
        setRequest(r.request);
        setUrl(r.request.url());
        setOperation(r.op);
        open(QIODevice::ReadOnly);
        if (response.hang) {
            const int timeout = r.request.transferTimeout();
            if (timeout > 0)
                QTimer::singleShot(timeout, this, [this] { fail(QNetworkReply::OperationCanceledError); });
            return;
        }
        QTimer::singleShot(response.delayMs, this, [this] {
            if (!m_response.sslErrors.isEmpty()) {
                emit sslErrors(m_response.sslErrors);
                return fail(QNetworkReply::SslHandshakeFailedError);
            }
            if (m_response.error != QNetworkReply::NoError)
                return fail(m_response.error);
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
            m_data = m_response.body;
            if (m_response.status >= 400)
                setError(QNetworkReply::ProtocolInvalidOperationError, QStringLiteral("HTTP error"));
            emit readyRead();
            setFinished(true);
            emit finished();
        });
    }
    void abort() override {
        if (!isFinished())
            fail(QNetworkReply::OperationCanceledError);
    }
    qint64 bytesAvailable() const override { return m_data.size() + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 max) override {
        const qint64 n = qMin(max, qint64(m_data.size()));
        memcpy(data, m_data.constData(), size_t(n));
        m_data.remove(0, n);
        return n;
    }

private:
    void fail(QNetworkReply::NetworkError e) {
        if (isFinished())
            return;
        setError(e, QStringLiteral("fake transport error %1").arg(int(e)));
        emit errorOccurred(e);
        setFinished(true);
        emit finished();
    }
    FakeResponse m_response;
    QByteArray m_data;
};

class FakeNetwork : public QNetworkAccessManager {
public:
    std::function<FakeResponse(const FakeRequest&)> handler;
    QList<FakeRequest> requests;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override {
        FakeRequest r{op, request, data ? data->readAll() : QByteArray()};
        requests.append(r);
        return new FakeReply(r, handler ? handler(r) : FakeResponse::http(404), this);
    }
};

} // namespace hotline::test
