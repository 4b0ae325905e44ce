#pragma once

#include "commandbase.h"

namespace bridge {

// "check": tests the credentials, then each enabled log type, and prints one line per check.
class CheckCommand : public CommandBase
{
    Q_OBJECT

public:
    using CommandBase::CommandBase;
    void start() override;
};

} // namespace bridge
