# Runs the app for three seconds under the offscreen platform. A crash or an early exit fails the
# test; the timeout ending the run is the expected outcome.
execute_process(
    COMMAND ${APP}
    TIMEOUT 3
    RESULT_VARIABLE result
    ERROR_VARIABLE errors)
if(NOT result MATCHES "timeout")
    message(FATAL_ERROR "mimecast-bridge exited early (${result}): ${errors}")
endif()
