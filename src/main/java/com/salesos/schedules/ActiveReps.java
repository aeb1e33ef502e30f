package com.salesos.schedules;

import java.util.ArrayList;
import java.util.List;

import com.salesos.platform.PageResponse;
import com.salesos.reps.RepFilter;
import com.salesos.reps.RepService;
import com.salesos.reps.RepStatus;
import com.salesos.reps.RepView;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Every active rep, page by page, for the schedules that work per rep. */
@Component
class ActiveReps {

    private static final int PAGE = 200;

    private final RepService reps;

    ActiveReps(RepService reps) {
        this.reps = reps;
    }

    List<RepView> all() {
        List<RepView> all = new ArrayList<>();
        for (int page = 0;; page++) {
            PageResponse<RepView> found = reps.list(new RepFilter(null, RepStatus.ACTIVE, null),
                    PageRequest.of(page, PAGE));
            all.addAll(found.items());
            if (found.items().size() < PAGE) {
                return all;
            }
        }
    }
}
