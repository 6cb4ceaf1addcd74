// Generated from tests/openapi/documents by `npm run gen:api --prefix tests/openapi`; do not edit.
export interface paths {
    "/api/parks/admin/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List admin audit log */
        get: operations["listAdminAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/admin/data-quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List open data-quality issues */
        get: operations["listOpenDataQualityIssues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/admin/data-quality/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve issue */
        post: operations["resolveIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/admin/match-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List match review candidates */
        get: operations["listMatchReviewCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/admin/match-review/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a match review candidate */
        post: operations["acceptAMatchReviewCandidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/admin/match-review/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss a match review candidate */
        post: operations["dismissAMatchReviewCandidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/admin/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List overrides */
        get: operations["listOverrides"];
        put?: never;
        /** Create override */
        post: operations["createOverride"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/admin/overrides/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete override */
        delete: operations["deleteOverride"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/admin/parks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List parks for admin */
        get: operations["listParksForAdmin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/admin/parks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit park */
        patch: operations["editPark"];
        trace?: never;
    };
    "/api/parks/admin/parks/{id}/rides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a park's rides for admin */
        get: operations["listAParkSRidesForAdmin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/admin/parks/{id}/schedule/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a park's schedule of one date */
        get: operations["getAParkSScheduleOfOneDate"];
        /** Replace the manual schedule of a park's date */
        put: operations["replaceTheManualScheduleOfAParkSDate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/admin/rides/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit ride */
        patch: operations["editRide"];
        trace?: never;
    };
    "/api/parks/admin/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List runs */
        get: operations["listRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/admin/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get run */
        get: operations["getRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get audit */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get awards */
        get: operations["getAwards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/charts/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get chart */
        get: operations["getChart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/data-quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get data quality */
        get: operations["getDataQuality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get health */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/heatmaps/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get heatmap */
        get: operations["getHeatmap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/live/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get live summary */
        get: operations["getLiveSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get meta */
        get: operations["getMeta"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/parks/{park}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get park */
        get: operations["getPark"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/parks/{park}/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get park calendar */
        get: operations["getParkCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/parks/{park}/ride-chart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get park ride chart */
        get: operations["getParkRideChart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/parks/{park}/rides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get park rides */
        get: operations["getParkRides"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/rankings/parks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rank parks by shame */
        get: operations["rankParksByShame"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/rankings/rides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rank rides by downtime */
        get: operations["rankRidesByDowntime"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/rides/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get ride */
        get: operations["getRide"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/search-index": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get search index */
        get: operations["getSearchIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/waits/parks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rank parks by wait */
        get: operations["rankParksByWait"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/waits/rides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rank rides by wait */
        get: operations["rankRidesByWait"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptedMatch: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            overrideId: string;
            status: string;
        };
        AdminParkList: {
            items: components["schemas"]["AdminParkRow"][];
        };
        AdminParkRow: {
            brand: string;
            city: null | string;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            name: string;
            /** Format: int32 */
            qtId: null | number;
            region: null | string;
            slug: string;
            statusModel: string;
            timeZone: string;
            tpwId: null | string;
            /** Format: int32 */
            version: number;
        };
        AdminRideList: {
            items: components["schemas"]["AdminRideRow"][];
        };
        AdminRideRow: {
            category: string;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            name: string;
            /** Format: int32 */
            qtId: null | number;
            /** Format: int32 */
            tier: null | number;
            tierSource: string;
            tpwId: null | string;
            /** Format: int32 */
            version: number;
        };
        Attribution: {
            name: string;
            url: string;
        };
        AuditAnomaly: components["schemas"]["AuditAnomalyZScoreFinding"] | components["schemas"]["AuditAnomalyPeriodChangeFinding"];
        AuditAnomalyPeriodChangeFinding: {
            /** Format: double */
            current: null | number;
            /** @enum {string} */
            kind?: "change_vs_previous_period";
            /** Format: double */
            previous: null | number;
        };
        AuditAnomalyZScoreFinding: {
            /** Format: double */
            current: null | number;
            /** Format: int32 */
            days: number;
            /** @enum {string} */
            kind?: "z_score_vs_prior_30_days";
            /** Format: double */
            mean: number;
            /** Format: double */
            stdDev: number;
            /** Format: double */
            z: number;
        };
        AuditLogEntry: {
            action: string;
            actor: string;
            after: null | string;
            /** Format: date-time */
            at: string;
            before: null | string;
            entityId: string;
            entityType: string;
            /** Format: uuid */
            id: string;
        };
        AuditProvenance: {
            /** Format: int32 */
            fallbackMinutes: number;
            rawAvailable: boolean;
            /** Format: int32 */
            runs: null | number;
            /** Format: int32 */
            slots: null | number;
            /** Format: int32 */
            staleSlots: number;
        };
        AuditTrace: components["schemas"]["AuditTraceParkAudit"] | components["schemas"]["AuditTraceRideAudit"];
        AuditTraceParkAudit: {
            /** Format: int64 */
            a: null | number;
            anomalies: components["schemas"]["AuditAnomaly"][];
            attribution: components["schemas"]["Attribution"][];
            /** Format: int64 */
            b: null | number;
            breakdown: components["schemas"]["ShameBreakdown"];
            checks: components["schemas"]["ParkAuditCheck"][];
            /** Format: double */
            displayed: null | number;
            formula: string;
            inputs: components["schemas"]["ParkAuditDay"][];
            matches: null | boolean;
            metric: string;
            park: components["schemas"]["ParkRef"];
            period: components["schemas"]["PeriodView"];
            provenance: components["schemas"]["AuditProvenance"];
            statusModel: string;
            /** Format: double */
            value: null | number;
        };
        AuditTraceRideAudit: {
            anomalies: components["schemas"]["AuditAnomaly"][];
            attribution: components["schemas"]["Attribution"][];
            checks: components["schemas"]["RideAuditCheck"][];
            /** Format: double */
            displayed: null | number;
            formula: string;
            inputs: components["schemas"]["RideAuditDay"][];
            matches: null | boolean;
            metric: string;
            park: components["schemas"]["ParkRef"];
            period: components["schemas"]["PeriodView"];
            ride: components["schemas"]["RideRef"];
            /** Format: double */
            value: null | number;
            /** Format: int32 */
            weight: number;
        };
        AwardList: {
            leastReliablePark: null | components["schemas"]["AwardOfParkRef"];
            leastReliableRide: null | components["schemas"]["AwardOfRideWithIncidents"];
            longestWaitPark: null | components["schemas"]["AwardOfParkRef"];
            longestWaitRide: null | components["schemas"]["AwardOfRideAndPark"];
        };
        AwardOfParkRef: {
            runnersUp: components["schemas"]["AwardPlaceOfParkRef"][];
            winner: components["schemas"]["AwardPlaceOfParkRef"];
        };
        AwardOfRideAndPark: {
            runnersUp: components["schemas"]["AwardPlaceOfRideAndPark"][];
            winner: components["schemas"]["AwardPlaceOfRideAndPark"];
        };
        AwardOfRideWithIncidents: {
            runnersUp: components["schemas"]["AwardPlaceOfRideWithIncidents"][];
            winner: components["schemas"]["AwardPlaceOfRideWithIncidents"];
        };
        AwardPlaceOfParkRef: {
            entity: components["schemas"]["ParkRef"];
            unit: string;
            /** Format: double */
            value: number;
        };
        AwardPlaceOfRideAndPark: {
            entity: components["schemas"]["RideAndPark"];
            unit: string;
            /** Format: double */
            value: number;
        };
        AwardPlaceOfRideWithIncidents: {
            entity: components["schemas"]["RideWithIncidents"];
            unit: string;
            /** Format: double */
            value: number;
        };
        AwardsView: {
            attribution: components["schemas"]["Attribution"][];
            awards: components["schemas"]["AwardList"];
            /** Format: date-time */
            dataAsOf: null | string;
            period: components["schemas"]["PeriodView"];
        };
        CalendarDay: {
            band: null | string;
            /** Format: date */
            date: string;
            /** Format: double */
            shame: null | number;
        };
        ChartEntity: components["schemas"]["ChartEntityParkRef"] | components["schemas"]["ChartEntityRideAndPark"];
        ChartEntityParkRef: {
            brand: string;
            /** Format: uuid */
            id: string;
            location: components["schemas"]["Location"];
            name: string;
            queueTimesUrl: null | string;
            slug: string;
        };
        ChartEntityRideAndPark: {
            park: components["schemas"]["ParkRef"];
            ride: components["schemas"]["RideRef"];
        };
        ChartPoint: {
            /** Format: int64 */
            a?: null | number;
            /** Format: date-time */
            at: string;
            /** Format: int64 */
            b?: null | number;
            label: string;
            /** Format: double */
            value: null | number;
        };
        ChartSeries: {
            entity: components["schemas"]["ChartEntity"];
            /** Format: double */
            total: null | number;
            values: (null | number)[];
        };
        ChartView: {
            attribution: components["schemas"]["Attribution"][];
            /** Format: date-time */
            dataAsOf: null | string;
            emptyReason: null | string;
            filter: string;
            granularity: string;
            labels: string[];
            period: components["schemas"]["PeriodView"];
            series: components["schemas"]["ChartSeries"][];
            type: string;
            unit: string;
        };
        CountedRide: {
            /** Format: double */
            contribution: null | number;
            /** Format: int64 */
            downMin: null | number;
            /** Format: int64 */
            obsMin: null | number;
            ride: components["schemas"]["RideRef"];
            status: string;
            /** Format: int32 */
            tier: null | number;
            /** Format: double */
            uptimePct: null | number;
            /** Format: int32 */
            weight: number;
        };
        DataQualityReport: {
            attribution: components["schemas"]["Attribution"][];
            /** Format: int32 */
            days: number;
            emptyReason: null | string;
            items: components["schemas"]["IssueGroup"][];
        };
        DaySchedule: {
            /** Format: date */
            date: string;
            /** Format: uuid */
            parkId: string;
            windows: components["schemas"]["ScheduleWindow"][];
        };
        DismissedMatch: {
            /** Format: uuid */
            id: string;
            status: string;
        };
        ExcludedRide: {
            /** Format: int32 */
            daysSinceOperated: null | number;
            /** Format: date-time */
            lastOperatedAt: null | string;
            reason: string;
            ride: components["schemas"]["RideRef"];
        };
        HealthView: {
            /** Format: int32 */
            activeParks: number;
            /** Format: int32 */
            aggregationLagDays: null | number;
            failingSources: string[];
            /** Format: int32 */
            freshParks: number;
            /** Format: date */
            lastFinalDay: null | string;
            lastRun: null | components["schemas"]["LastRunView"];
            /** Format: int32 */
            minutesSinceLastRun: null | number;
            status: string;
        };
        HeatmapRow: {
            entity: components["schemas"]["ChartEntity"];
            /** Format: int32 */
            rank: number;
            /** Format: double */
            value: null | number;
        };
        HeatmapView: {
            attribution: components["schemas"]["Attribution"][];
            columns: string[];
            emptyReason: null | string;
            entities: components["schemas"]["HeatmapRow"][];
            filter: string;
            matrix: (null | number)[][];
            metric: string;
            period: components["schemas"]["PeriodView"];
            type: string;
            unit: string;
        };
        HttpValidationProblemDetails: {
            detail?: null | string;
            errors?: {
                [key: string]: string[];
            };
            instance?: null | string;
            /** Format: int32 */
            status?: null | number;
            title?: null | string;
            type?: null | string;
        };
        IssueGroup: {
            /** Format: int32 */
            count: number;
            externalId: null | string;
            /** Format: date-time */
            firstSeenAt: string;
            issues: components["schemas"]["IssueView"][];
            /** Format: date-time */
            lastSeenAt: string;
            /** Format: int32 */
            maxAgeMinutes: null | number;
            park: null | components["schemas"]["ParkRef"];
            /** Format: uuid */
            rideId: null | string;
            rideName: null | string;
        };
        IssueView: {
            details: null | string;
            /** Format: date-time */
            firstSeenAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastSeenAt: string;
            /** Format: int32 */
            occurrences: number;
            open: boolean;
            /** Format: date-time */
            resolvedAt: null | string;
            source: string;
            type: string;
        };
        LastRunView: {
            /** Format: date-time */
            finishedAt: null | string;
            /** Format: uuid */
            id: string;
            /** Format: int32 */
            parksFailed: number;
            /** Format: int32 */
            parksOk: number;
            /** Format: date-time */
            slotAt: null | string;
            /** Format: int32 */
            snapshotsWritten: number;
        };
        LiveSummary: {
            /** Format: date-time */
            asOf: null | string;
            attribution: components["schemas"]["Attribution"][];
            counts: {
                [key: string]: number;
            };
            /** Format: int32 */
            total: number;
        };
        Location: {
            city: null | string;
            country: string;
            /** Format: double */
            latitude: null | number;
            /** Format: double */
            longitude: null | number;
            region: null | string;
        };
        MatchReviewItem: {
            /** Format: uuid */
            bestTargetId: null | string;
            bestTargetName: null | string;
            entityType: string;
            externalId: string;
            externalName: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            parkId: null | string;
            parkName: null | string;
            /** Format: double */
            score: number;
            source: string;
            status: string;
        };
        MatchReviewPage: {
            items: components["schemas"]["MatchReviewItem"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            total: number;
        };
        OpeningHours: {
            /** Format: date-time */
            closesAt: string;
            /** Format: date */
            date: string;
            /** Format: date-time */
            opensAt: string;
            origin: string;
            type: string;
        };
        OpenIssueView: {
            details: null | string;
            externalId: null | string;
            /** Format: date-time */
            firstSeenAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastSeenAt: string;
            /** Format: int32 */
            maxAgeMinutes: null | number;
            /** Format: int32 */
            occurrences: number;
            /** Format: uuid */
            parkId: null | string;
            /** Format: uuid */
            rideId: null | string;
            source: string;
            type: string;
        };
        OverrideRequest: {
            action: null | string;
            entityType: null | string;
            externalId: null | string;
            reason: null | string;
            source: null | string;
            /** Format: uuid */
            targetId?: null | string;
        };
        OverrideView: {
            action: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            entityType: string;
            externalId: string;
            /** Format: uuid */
            id: string;
            reason: string;
            source: string;
            /** Format: uuid */
            targetId: null | string;
        };
        PagedListOfAuditLogEntry: {
            items: components["schemas"]["AuditLogEntry"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            total: number;
        };
        PagedListOfOpenIssueView: {
            items: components["schemas"]["OpenIssueView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            total: number;
        };
        PagedListOfOverrideView: {
            items: components["schemas"]["OverrideView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            total: number;
        };
        PagedListOfRunView: {
            items: components["schemas"]["RunView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            total: number;
        };
        ParkAuditCheck: {
            bWithinA: boolean;
            /** Format: date */
            date: string;
            hourlyAEqualsDaily: boolean;
            hourlyBEqualsDaily: boolean;
        };
        ParkAuditDay: {
            /** Format: int64 */
            a: number;
            /** Format: int64 */
            b: number;
            /** Format: int32 */
            countedRides: number;
            /** Format: date */
            date: string;
            /** Format: int32 */
            downMin: number;
            /** Format: int32 */
            formulaVersion: number;
            /** Format: int32 */
            incidents: number;
            isFinal: boolean;
            /** Format: int32 */
            observedMin: number;
            /** Format: int32 */
            openMin: number;
            /** Format: double */
            shame: null | number;
            /** Format: int32 */
            waitCount: number;
            /** Format: int64 */
            waitSum: number;
        };
        ParkCalendar: {
            attribution: components["schemas"]["Attribution"][];
            days: components["schemas"]["CalendarDay"][];
            park: components["schemas"]["ParkRef"];
            /** Format: int32 */
            year: number;
        };
        ParkDetail: {
            attribution: components["schemas"]["Attribution"][];
            breakdown: components["schemas"]["ShameBreakdown"];
            chart: components["schemas"]["ParkShameSeries"];
            current: components["schemas"]["ParkNow"];
            /** Format: date-time */
            dataAsOf: null | string;
            hours: components["schemas"]["OpeningHours"][];
            isActive: boolean;
            park: components["schemas"]["ParkRef"];
            period: components["schemas"]["PeriodView"];
            statusModel: string;
            tierDistribution: components["schemas"]["TierCounts"];
            timeZone: string;
        };
        ParkNow: {
            /** Format: date-time */
            asOf: null | string;
            /** Format: int32 */
            avgWait: null | number;
            counts: {
                [key: string]: number;
            };
            /** Format: int32 */
            maxWait: null | number;
            open: boolean;
            source: null | string;
            stale: boolean;
        };
        ParkPatch: {
            brand?: null | string;
            city?: null | string;
            isActive?: null | boolean;
            name?: null | string;
            region?: null | string;
            statusModel?: null | string;
            timeZone?: null | string;
        };
        ParkRanking: {
            attribution: components["schemas"]["Attribution"][];
            /** Format: date-time */
            dataAsOf: null | string;
            emptyReason: null | string;
            items: components["schemas"]["ParkRankingItem"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            period: components["schemas"]["PeriodView"];
            summary: components["schemas"]["ParkRankingSummary"];
            /** Format: int32 */
            total: number;
        };
        ParkRankingItem: {
            band: null | string;
            /** Format: int32 */
            countedRides: number;
            /** Format: double */
            downtimeHours: number;
            /** Format: int32 */
            incidents: number;
            park: components["schemas"]["ParkRef"];
            parkOpen: null | boolean;
            queueTimesUrl: null | string;
            /** Format: int32 */
            rank: number;
            /** Format: int32 */
            ridesDown: number;
            /** Format: double */
            shameScore: null | number;
            /** Format: double */
            trendPct: null | number;
            /** Format: double */
            uptimePct: null | number;
            /** Format: double */
            weightedDowntimeHours: number;
        };
        ParkRankingSummary: {
            /** Format: int32 */
            parksOpen: number;
            /** Format: int32 */
            parksRanked: number;
            /** Format: int32 */
            ridesClosed: number;
            /** Format: int32 */
            ridesDown: number;
            /** Format: int32 */
            ridesOperating: number;
            /** Format: int32 */
            ridesRefurbishment: number;
        };
        ParkRef: {
            brand: string;
            /** Format: uuid */
            id: string;
            location: components["schemas"]["Location"];
            name: string;
            queueTimesUrl: null | string;
            slug: string;
        };
        ParkRideChart: {
            attribution: components["schemas"]["Attribution"][];
            park: components["schemas"]["ParkRef"];
            period: components["schemas"]["PeriodView"];
            series: components["schemas"]["RideChartBar"][];
            type: string;
            unit: string;
        };
        ParkRoster: {
            attribution: components["schemas"]["Attribution"][];
            items: components["schemas"]["RosterRide"][];
            park: components["schemas"]["ParkRef"];
        };
        ParkSettings: {
            brand: string;
            city: null | string;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            name: string;
            region: null | string;
            slug: string;
            statusModel: string;
            timeZone: string;
            /** Format: int32 */
            version: number;
        };
        ParkShameSeries: {
            granularity: string;
            points: components["schemas"]["ChartPoint"][];
        };
        ParkWaitItem: {
            /** Format: int32 */
            avgWait: null | number;
            park: components["schemas"]["ParkRef"];
            parkOpen: null | boolean;
            /** Format: int32 */
            peakWait: null | number;
            /** Format: int32 */
            rank: number;
            /** Format: int32 */
            ridesReporting: number;
            /** Format: double */
            trendPct: null | number;
        };
        ParkWaitRanking: {
            attribution: components["schemas"]["Attribution"][];
            /** Format: date-time */
            dataAsOf: null | string;
            emptyReason: null | string;
            items: components["schemas"]["ParkWaitItem"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            period: components["schemas"]["PeriodView"];
            /** Format: int32 */
            total: number;
        };
        PeriodView: {
            /** Format: date */
            from: string;
            key: string;
            label: string;
            timeZone: string;
            /** Format: date */
            to: string;
        };
        /** @description An RFC 9457 problem with a stable machine-readable code; validation problems list the fields in errors. */
        ProblemDetails: {
            code?: string;
            detail?: null | string;
            errors?: {
                [key: string]: string[];
            };
            instance?: null | string;
            /** Format: int32 */
            status?: null | number;
            title?: null | string;
            type?: null | string;
        };
        ResolvedIssue: {
            /** Format: uuid */
            id: string;
            note: null | string;
            /** Format: date-time */
            resolvedAt: null | string;
            resolvedBy: null | string;
            type: string;
        };
        ResolveIssueRequest: {
            note: null | string;
        };
        RideAndPark: {
            park: components["schemas"]["ParkRef"];
            ride: components["schemas"]["RideRef"];
        };
        RideAuditCheck: {
            /** Format: date */
            date: string;
            downWithinObserved: boolean;
        };
        RideAuditDay: {
            /** Format: int32 */
            closedMin: number;
            counted: boolean;
            /** Format: date */
            date: string;
            /** Format: int32 */
            downMin: number;
            exclusionReason: null | string;
            /** Format: int32 */
            fallbackMin: number;
            /** Format: int32 */
            incidents: number;
            isFinal: boolean;
            /** Format: int32 */
            observedMin: number;
            /** Format: int32 */
            operatingMin: number;
            /** Format: int32 */
            refurbMin: number;
            /** Format: int32 */
            unknownMin: number;
            /** Format: int32 */
            waitCount: number;
            /** Format: int32 */
            waitSum: number;
            /** Format: int32 */
            weightUsed: number;
        };
        RideChartBar: {
            ride: components["schemas"]["RideRef"];
            /** Format: double */
            value: null | number;
        };
        RideDetail: {
            active: boolean;
            attribution: components["schemas"]["Attribution"][];
            current: components["schemas"]["RideNow"];
            /** Format: date-time */
            dataAsOf: null | string;
            events: components["schemas"]["RideOutage"][];
            hourly: null | components["schemas"]["RideHour"][];
            land: null | string;
            park: components["schemas"]["ParkRef"];
            period: components["schemas"]["PeriodView"];
            ride: components["schemas"]["RideRef"];
            summary: components["schemas"]["RideSummary"];
            tierSource: string;
            timeline: components["schemas"]["RideTimeline"];
        };
        RideHour: {
            /** Format: int32 */
            avgWait: null | number;
            /** Format: int32 */
            downtimeMinutes: null | number;
            /** Format: date-time */
            hour: string;
            label: string;
            /** Format: int32 */
            snapshots: number;
            status: null | string;
            /** Format: double */
            uptimePct: null | number;
        };
        RideNow: {
            /** Format: int32 */
            currentOutageMinutes: null | number;
            /** Format: date-time */
            downSince: null | string;
            status: string;
            /** Format: int32 */
            wait: null | number;
        };
        RideOutage: {
            /** Format: date */
            date: string;
            /** Format: int32 */
            downMinutes: number;
            /** Format: date-time */
            endedAt: null | string;
            endReason: null | string;
            ongoing: boolean;
            /** Format: date-time */
            startedAt: string;
        };
        RidePatch: {
            category?: null | string;
            clearTier?: null | boolean;
            isActive?: null | boolean;
            /** Format: int32 */
            tier?: null | number;
        };
        RideRanking: {
            attribution: components["schemas"]["Attribution"][];
            /** Format: date-time */
            dataAsOf: null | string;
            emptyReason: null | string;
            items: components["schemas"]["RideRankingItem"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            period: components["schemas"]["PeriodView"];
            /** Format: int32 */
            total: number;
        };
        RideRankingItem: {
            /** Format: int32 */
            avgWait: null | number;
            /** Format: int32 */
            currentOutageMinutes: null | number;
            currentStatus: string;
            /** Format: date-time */
            downSince: null | string;
            /** Format: double */
            downtimeHours: number;
            /** Format: int32 */
            incidents: number;
            /** Format: int32 */
            longestOutageMinutes: number;
            park: components["schemas"]["ParkRef"];
            /** Format: int32 */
            peakWait: null | number;
            /** Format: int32 */
            rank: number;
            ride: components["schemas"]["RideRef"];
            /** Format: double */
            trendPct: null | number;
            /** Format: double */
            uptimePct: null | number;
        };
        RideRef: {
            category: string;
            /** Format: uuid */
            id: string;
            name: string;
            queueTimesUrl: null | string;
            /** Format: int32 */
            tier: null | number;
            /** Format: int32 */
            weight: number;
        };
        RideSettings: {
            category: string;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            name: string;
            /** Format: int32 */
            tier: null | number;
            tierSource: string;
            /** Format: int32 */
            version: number;
        };
        RideSummary: {
            /** Format: int32 */
            avgWait: null | number;
            /** Format: double */
            downtimeHours: null | number;
            /** Format: int32 */
            incidents: number;
            /** Format: int32 */
            longestOutageMinutes: number;
            /** Format: int32 */
            operatedDays: number;
            /** Format: int32 */
            peakWait: null | number;
            /** Format: double */
            uptimePct: null | number;
        };
        RideTimeline: {
            granularity: string;
            points: components["schemas"]["TimelinePoint"][];
        };
        RideWaitItem: {
            /** Format: int32 */
            avgWait: null | number;
            currentStatus: string;
            /** Format: int32 */
            currentWait: null | number;
            park: components["schemas"]["ParkRef"];
            /** Format: int32 */
            peakWait: null | number;
            /** Format: int32 */
            rank: number;
            ride: components["schemas"]["RideRef"];
            /** Format: int32 */
            tier: null | number;
            /** Format: double */
            trendPct: null | number;
        };
        RideWaitRanking: {
            attribution: components["schemas"]["Attribution"][];
            /** Format: date-time */
            dataAsOf: null | string;
            emptyReason: null | string;
            items: components["schemas"]["RideWaitItem"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            period: components["schemas"]["PeriodView"];
            /** Format: int32 */
            total: number;
        };
        RideWithIncidents: {
            /** Format: int32 */
            incidents: number;
            park: components["schemas"]["ParkRef"];
            ride: components["schemas"]["RideRef"];
        };
        RosterRide: {
            active: boolean;
            category: string;
            countedToday: boolean;
            exclusionReason: null | string;
            ride: components["schemas"]["RideRef"];
            /** Format: int32 */
            tier: null | number;
            tierSource: string;
            /** Format: int32 */
            version: number;
            /** Format: int32 */
            weight: number;
        };
        RunDetail: {
            parks: components["schemas"]["RunParkResult"][];
            run: components["schemas"]["RunView"];
        };
        RunParkResult: {
            /** Format: int32 */
            attempts: number;
            /** Format: int32 */
            durationMs: number;
            errorCode: null | string;
            /** Format: int32 */
            httpStatus: null | number;
            outcome: string;
            /** Format: uuid */
            parkId: string;
            parkName: null | string;
            sourceUsed: null | string;
        };
        RunView: {
            errorSummary: null | string;
            /** Format: date-time */
            finishedAt: null | string;
            /** Format: uuid */
            id: string;
            /** Format: int32 */
            issuesRaised: number;
            kind: string;
            /** Format: int32 */
            parksFailed: number;
            /** Format: int32 */
            parksFallback: number;
            /** Format: int32 */
            parksOk: number;
            /** Format: int32 */
            parksSkipped: number;
            /** Format: int32 */
            ridesSeen: number;
            /** Format: date-time */
            slotAt: null | string;
            /** Format: int32 */
            snapshotsWritten: number;
            /** Format: date-time */
            startedAt: string;
            status: string;
            trigger: string;
        };
        ScheduleInput: {
            windows: null | components["schemas"]["ScheduleWindowInput"][];
        };
        ScheduleWindow: {
            /** Format: date-time */
            closesAt: string;
            /** Format: date-time */
            opensAt: string;
            origin: string;
            type: string;
        };
        ScheduleWindowInput: {
            closesAt: null | string;
            opensAt: null | string;
            type: null | string;
        };
        ScheduleWindowList: {
            items: components["schemas"]["ScheduleWindow"][];
        };
        SearchIndex: {
            /** Format: int64 */
            catalogueRevision: number;
            parks: components["schemas"]["SearchPark"][];
            rides: components["schemas"]["SearchRide"][];
        };
        SearchPark: {
            /** Format: uuid */
            id: string;
            location: components["schemas"]["Location"];
            name: string;
            slug: string;
        };
        SearchRide: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            parkId: string;
            parkName: string;
        };
        ShameBand: {
            band: string;
            /** Format: double */
            from: number;
            /** Format: double */
            to: number;
        };
        ShameBreakdown: {
            /** Format: int64 */
            a: number;
            /** Format: int64 */
            b: number;
            band: null | string;
            /** Format: double */
            downtimeHours: number;
            excluded: components["schemas"]["ExcludedRide"][];
            /** Format: int32 */
            fallbackMinutes: number;
            /** Format: int32 */
            incidents: number;
            rides: components["schemas"]["CountedRide"][];
            /** Format: double */
            score: null | number;
            /** Format: double */
            uptimePct: null | number;
            /** Format: double */
            weightedDowntimeHours: number;
        };
        SiteMeta: {
            attribution: components["schemas"]["Attribution"][];
            bands: components["schemas"]["ShameBand"][];
            dataVersion: string;
            defaults: components["schemas"]["ViewDefaults"];
            embedAncestors: string[];
            formula: string;
            /** Format: int32 */
            formulaVersion: number;
            /** Format: int32 */
            intervalMinutes: number;
            periods: components["schemas"]["PeriodView"][];
            timeZone: string;
            weights: components["schemas"]["TierWeights"];
            zoneAbbreviation: string;
        };
        TierCounts: {
            /** Format: int32 */
            tier1: number;
            /** Format: int32 */
            tier2: number;
            /** Format: int32 */
            tier3: number;
            /** Format: int32 */
            unclassified: number;
        };
        TierWeights: {
            /** Format: int32 */
            tier1: number;
            /** Format: int32 */
            tier2: number;
            /** Format: int32 */
            tier3: number;
            /** Format: int32 */
            unclassified: number;
        };
        TimelinePoint: {
            /** Format: date-time */
            at: string;
            label: string;
            status: null | string;
            /** Format: int32 */
            wait: null | number;
        };
        ViewDefaults: {
            filter: string;
            period: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAdminAuditLog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedListOfAuditLogEntry"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listOpenDataQualityIssues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedListOfOpenIssueView"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    resolveIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveIssueRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResolvedIssue"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listMatchReviewCandidates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchReviewPage"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    acceptAMatchReviewCandidate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedMatch"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    dismissAMatchReviewCandidate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DismissedMatch"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listOverrides: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedListOfOverrideView"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createOverride: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OverrideRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverrideView"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteOverride: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listParksForAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminParkList"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    editPark: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParkPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParkSettings"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listAParkSRidesForAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRideList"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getAParkSScheduleOfOneDate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleWindowList"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    replaceTheManualScheduleOfAParkSDate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DaySchedule"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    editRide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RidePatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RideSettings"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listRuns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedListOfRunView"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDetail"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getAudit: {
        parameters: {
            query?: {
                displayed?: string;
                from?: string;
                id?: string;
                metric?: string;
                period?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrace"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; the Retry-After header says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getAwards: {
        parameters: {
            query?: {
                from?: string;
                period?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardsView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; the Retry-After header says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getChart: {
        parameters: {
            query?: {
                filter?: string;
                from?: string;
                limit?: string;
                period?: string;
                to?: string;
            };
            header?: never;
            path: {
                type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChartView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; the Retry-After header says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getDataQuality: {
        parameters: {
            query?: {
                days?: number;
                format?: string;
                open?: boolean;
                source?: string;
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataQualityReport"];
                    "text/csv": string;
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; the Retry-After header says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthView"];
                };
            };
            /** @description Too many requests; the Retry-After header says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthView"];
                };
            };
        };
    };
    getHeatmap: {
        parameters: {
            query?: {
                filter?: string;
                from?: string;
                limit?: string;
                period?: string;
                to?: string;
            };
            header?: never;
            path: {
                type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeatmapView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; the Retry-After header says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getLiveSummary: {
        parameters: {
            query?: {
                park?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveSummary"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; the Retry-After header says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getMeta: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteMeta"];
                };
            };
            /** @description Too many requests; the Retry-After header says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPark: {
        parameters: {
            query?: {
                from?: string;
                period?: string;
                to?: string;
            };
            header?: never;
            path: {
                park: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParkDetail"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; the Retry-After header says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getParkCalendar: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path: {
                park: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParkCalendar"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; the Retry-After header says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getParkRideChart: {
        parameters: {
            query?: {
                from?: string;
                period?: string;
                to?: string;
                type?: string;
            };
            header?: never;
            path: {
                park: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParkRideChart"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; the Retry-After header says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getParkRides: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                park: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParkRoster"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; the Retry-After header says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    rankParksByShame: {
        parameters: {
            query?: {
                filter?: string;
                from?: string;
                includeZero?: boolean;
                period?: string;
                sort?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParkRanking"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; the Retry-After header says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    rankRidesByDowntime: {
        parameters: {
            query?: {
                filter?: string;
                from?: string;
                period?: string;
                sort?: string;
                tier?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RideRanking"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; the Retry-After header says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getRide: {
        parameters: {
            query?: {
                from?: string;
                period?: string;
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RideDetail"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; the Retry-After header says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSearchIndex: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchIndex"];
                };
            };
            /** @description Too many requests; the Retry-After header says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    rankParksByWait: {
        parameters: {
            query?: {
                filter?: string;
                from?: string;
                period?: string;
                sort?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParkWaitRanking"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; the Retry-After header says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    rankRidesByWait: {
        parameters: {
            query?: {
                filter?: string;
                from?: string;
                period?: string;
                sort?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RideWaitRanking"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests; the Retry-After header says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
