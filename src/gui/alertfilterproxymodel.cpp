#include "alertfilterproxymodel.h"

#include "alerttablemodel.h"

#include <algorithm>

namespace bridge {

AlertFilterProxyModel::AlertFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_categories(allLogTypes.begin(), allLogTypes.end())
{
    setSortRole(AlertTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Alerts are a flat table, so there are no children to keep visible for a matching row.
    setRecursiveFilteringEnabled(false);
    // Kept on so that pages arriving while the table is sorted land in sorted position. The
    // proxy then checks only the inserted or changed rows, and stays fast because the model
    // inserts a whole page at once and reports delivery changes for one column.
    setDynamicSortFilter(true);
}

void AlertFilterProxyModel::refilter()
{
    // invalidateRowsFilter() inserts and removes rows in place, and QSortFilterProxyModel (Qt
    // 6.4) rebuilds its whole row mapping once per contiguous block of changed rows. A category
    // change on interleaved rows makes one block per gap. Clearing both filters on 100 000 rows
    // took 1.7 s that way and 0.2 s with invalidate(), which filters and sorts from scratch
    // (bench_alert_model, release build). Views keep their selection through the
    // layoutChanged() that invalidate() emits.
    invalidate();
}

void AlertFilterProxyModel::setCategories(const QSet<LogType> &categories)
{
    if (categories == m_categories)
        return;
    m_categories = categories;
    refilter();
}

void AlertFilterProxyModel::setCategoryShown(LogType category, bool shown)
{
    QSet<LogType> categories = m_categories;
    if (shown)
        categories.insert(category);
    else
        categories.remove(category);
    setCategories(categories);
}

void AlertFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    refilter();
}

bool AlertFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto category = static_cast<LogType>(index.data(AlertTableModel::CategoryRole).toInt());
    if (!m_categories.contains(category))
        return false;
    if (m_searchText.isEmpty())
        return true;

    const QStringList fields = index.data(AlertTableModel::SearchTextsRole).toStringList();
    return std::any_of(fields.cbegin(), fields.cend(), [this](const QString &field) {
        return field.contains(m_searchText, Qt::CaseInsensitive);
    });
}

} // namespace bridge
