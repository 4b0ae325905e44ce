#pragma once

namespace bridge {

// Exit statuses of mimecast-bridge-cli; scripts rely on these values.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitRuntimeFailure = 1, // network or server failure
    ExitUsageError = 2,
    ExitAuthenticationFailure = 3, // authentication or permission failure
    ExitInvalidResponse = 4,
    ExitKeychainUnavailable = 5,
};

} // namespace bridge
