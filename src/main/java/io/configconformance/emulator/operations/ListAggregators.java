package io.configconformance.emulator.operations;

import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.AccountGroups;
import io.configconformance.emulator.state.Aggregator;
import io.configconformance.emulator.state.Role;
import io.configconformance.emulator.view.AggregatorView;
import java.util.List;

/**
 * ListAggregators, 2020-09-07: the caller's account groups, in creation order, paged by MaxResults (1-100, required
 * by the official SDK model) and an opaque NextToken, empty on the last page as in the published sample. Accounts that
 * head no directory have none.
 */
public final class ListAggregators implements Handler<AggregatorView.Page> {

    @Override
    public AggregatorView.Page handle(OperationCall call) {
        int pageSize = pageSize(call.requiredParameter("MaxResults"));
        int offset = call.parameter("NextToken").filter(value -> !value.isEmpty()).map(ListAggregators::offset).orElse(0);
        List<Aggregator> all = List.of();
        if (call.account().role() == Role.MANAGEMENT) {
            AccountGroups groups = call.state().aggregators().of(call.account().accountId());
            synchronized (groups) {
                all = groups.all();
            }
        }
        return new AggregatorView.Page(all.stream().skip(offset).limit(pageSize).toList(),
                offset + pageSize < all.size() ? "page-" + (offset + pageSize) : "");
    }

    /** MaxResults in ASCII digits only: Integer.parseInt would also take other scripts' digits (١). */
    private static int pageSize(String value) {
        if (value.matches("[0-9]{1,3}")) {
            int size = Integer.parseInt(value);
            if (size >= 1 && size <= 100) {
                return size;
            }
        }
        throw Errors.invalidParameter("MaxResults", "expected an integer from 1 to 100, got '" + value + "'");
    }

    private static int offset(String token) {
        if (token.matches("page-\\d{1,6}")) {
            return Integer.parseInt(token.substring("page-".length()));
        }
        throw Errors.invalidParameter("NextToken", "not a token this service gave out");
    }
}
