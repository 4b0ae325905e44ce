#pragma once

#include "connectortestsupport.h"

#include <QObject>

// Tests of TtpLogFetcher paging and error handling against a scripted HTTP server on 127.0.0.1
// that picks each response by the request's page token and records every request body. The client
// signs with API 1.0 demo credentials, which the scripted server does not check.
class MimecastPagingTest : public QObject
{
    Q_OBJECT

private slots:
    // tst_mimecast_paging.cpp
    void pagingFollowsNextToken();
    void pagingTermination_data();
    void pagingTermination();
    void pagingStopsAtMaxPages();
    void metaStatus403Fails();
    void metaStatus500RestartsWindow();
    void dataObjectAccepted();
    void envelopeElementDelivered();

    // tst_mimecast_paging_errors.cpp
    void failArrayNotRetryable();
    void failArrayRetryable();
    void rateLimitResetMilliseconds();
    void rateLimitLongResetWaits();
    void rateLimitFallbackWait_data();
    void rateLimitFallbackWait();
    void rateLimitRetryAfterSeconds();
    void rateLimitRepeatedGivesUp();
    void remainingZeroPausesNextPage();
};
