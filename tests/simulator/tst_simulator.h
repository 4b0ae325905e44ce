#pragma once

#include "mimecastsimulator.h"
#include "simulatorclient.h"

#include <QObject>

#include <memory>

// Tests of the Mimecast simulator over real HTTP on 127.0.0.1. Every test gets a fresh simulator
// serving seven URL records (numbers 1 to 7) at minutes 30, 10, 50, 20, 70, 40 and 60 past
// 2024-11-17T00:00:00+0000, so oldest first they read 2, 4, 1, 6, 3, 7, 5.
class SimulatorTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // tst_simulator_http.cpp
    void httpKeepAliveAnswersTwoRequests();
    void httpConnectionCloseClosesSocket();
    void httpChunkedBodyRejected();
    void unknownPathGets404();
    void wrongMethodGets405();
    void responseHeadersPresent();
    void discoveryReturnsOwnBaseUrl();
    void discoveryWithoutEmailFails();

    // tst_simulator_auth.cpp
    void tokenIssuedForDemoClient();
    void tokenLifetimeConfigurable();
    void tokenRejectedForWrongSecret();
    void tokenRejectedForWrongGrantType();
    void bearerAcceptedOnGetAccount();
    void bearerUnknownRejected();
    void bearerRejectedAfterExpiry();
    void bearerRejectedAfterRevokeAll();
    void missingAuthorizationRejected();
    void signatureAccepted();
    void signatureWithGmtSuffixAccepted();
    void signatureWrongSecretRejected();
    void signatureDateSkewRejected();
    void signatureDateSkewWithinWindow();
    void signatureUnknownAppIdRejected();
    void signatureUnknownAccessKeyRejected();
    void signatureMissingHeadersRejected();
    void signatureCheckedAgainstPath();
    void credentialsConfigurable();

    // tst_simulator_paging.cpp
    void pagingOldestFirstOnce();
    void pagingNewestFirstByDefault();
    void pagingOverApi1();
    void pagingBoundsInclusive();
    void pagingTokenWithoutFilters();
    void pagingTamperedTokenFails();
    void pagingTokenOfOtherWindowFails();
    void pagingPageSizeOutOfRange();
    void pagingDefaultPageSize();
    void pagingEmptyWindow();
    void pagingUntimedRecordsKept();
    void pagingMalformedBody();
    void rawRecordBytesPreserved();
    void impersonationHasResultCount();
    void timeShiftRewritesDates();
    void timeShiftKeepsOtherFormats();
    void timeShiftToNow();
    void dataSetLoadsFolder();
    void dataSetMissingFolderFails();
    void dataSetSkipsInvalidLines();
    void dataSetDemoBuiltIn();

    // tst_simulator_faults.cpp
    void faultRateLimitReset();
    void faultRateLimitGarbageReset();
    void faultRateLimitRetryAfter();
    void faultRemainingZero();
    void faultServerError();
    void faultHang();
    void faultTruncatedJson();
    void faultHtmlError();
    void faultHtmlErrorWithOk();
    void faultFailInOkPage();
    void faultMetaStatusInOk();
    void faultTokenExpiryMidPaging();
    void faultRepeatedNextToken();
    void faultEmptyPageWithNext();
    void faultEmptyDataWithNext();
    void faultForbiddenLogType();
    void faultNotFound();
    void faultBindingExpired();
    void faultRejectSignatures();
    void faultRejectClientCredentials();
    void faultClockSkewInDateHeader();
    void faultsSetOverHttp();
    void faultsInvalidOverHttp();
    void faultsResetOverHttp();
    void requestLogRecordsPaging();
    void requestLogHasNoSecrets();

    // tst_simulator_process.cpp
    void processPrintsServiceLine();
    void processRejectsBadOption();

private:
    // Follows next tokens over API 2.0 and returns the record numbers in the order served.
    QList<int> collectUrlWindow(const QString &from, const QString &to,
                                std::optional<bool> oldestFirst, int pageSize,
                                int *pageCount = nullptr);

    std::unique_ptr<bridge::MimecastSimulator> m_simulator;
    std::unique_ptr<bridge::test::SimulatorClient> m_client;
};
