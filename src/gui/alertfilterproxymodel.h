#pragma once

#include "logtype.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace bridge {

// Sorts and filters an AlertTableModel: by category and by a case-insensitive search text that
// looks at sender, recipient, subject, detail, alert type and threat ID. Sorting uses
// AlertTableModel::SortRole, so time sorts by instant and severity by rank.
class AlertFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AlertFilterProxyModel(QObject *parent = nullptr);

    // Shows only rows of these categories. All categories are shown by default, and an empty
    // set shows no row.
    void setCategories(const QSet<LogType> &categories);
    QSet<LogType> categories() const { return m_categories; }
    void setCategoryShown(LogType category, bool shown);

    // Shows only rows where one of the searched fields contains text, ignoring case and the
    // surrounding spaces. An empty text shows every row.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QSet<LogType> m_categories;
    QString m_searchText;
};

} // namespace bridge
