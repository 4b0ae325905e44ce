#pragma once

#include "commandbase.h"

namespace bridge {

// "status": prints the profile's checkpoints and outbox counters, and the parked deliveries
// with their errors, from the state database.
class StatusCommand : public CommandBase
{
    Q_OBJECT

public:
    using CommandBase::CommandBase;
    void start() override;
};

} // namespace bridge
