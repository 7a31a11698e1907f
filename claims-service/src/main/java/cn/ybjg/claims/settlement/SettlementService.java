package cn.ybjg.claims.settlement;

import cn.ybjg.claims.security.Actor;
import cn.ybjg.claims.outbox.OutboxWriter;
import cn.ybjg.kit.Params;
import cn.ybjg.claims.security.Scope;
import cn.ybjg.claims.security.ScopeForbiddenException;
import io.agroal.api.AgroalDataSource;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Reads, searches and reverses stored settlements within the caller's scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SettlementService {

    @Inject
    AgroalDataSource dataSource;

    /** One page of a search and the total count of matches. */
    public record Found(List<SettlementView> items, long total) {
    }

    public SettlementView get(String institutionCode, String settlementId, Scope scope) {
        checkInstitution(institutionCode, scope);
        return SettlementEntity.findByKey(institutionCode, settlementId)
                .filter(s -> scope.mayRead(s.institutionCode, s.regionCode))
                .map(SettlementView::of)
                .orElseThrow(() -> notFound(institutionCode, settlementId));
    }

    public Found search(SettlementQuery q, Scope scope) {
        Params.personId("personId", q.personId());
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        String institution = q.institutionCode();
        if (scope.hospital()) {
            checkInstitution(institution == null ? scope.institution() : institution, scope);
            institution = scope.institution();
        } else if (!scope.admin()) {
            where.add("regionCode in :regions");
            params.and("regions", scope.regions().isEmpty() ? List.of("-") : scope.regions());
        }
        if (q.personId() != null) {
            where.add("personId = :personId");
            params.and("personId", q.personId());
        }
        if (institution != null) {
            where.add("institutionCode = :institution");
            params.and("institution", institution);
        }
        if (q.from() != null) {
            where.add("settlementDate >= :from");
            params.and("from", q.from());
        }
        if (q.to() != null) {
            where.add("settlementDate <= :to");
            params.and("to", q.to());
        }
        String hql = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        var query = SettlementEntity.<SettlementEntity>find(hql, Sort.descending("settlementDate", "id"), params);
        long total = query.count();
        List<SettlementView> items = query.page(Page.of(q.page(), q.size())).list().stream().map(SettlementView::of).toList();
        return new Found(items, total);
    }

    /** 结算撤销: marks the record REVERSED, by whom and why, and queues its REVERSED event in the same transaction. */
    @Transactional
    public SettlementView reverse(String institutionCode, String settlementId, Scope scope, Actor actor, String reason) {
        checkInstitution(institutionCode, scope);
        SettlementEntity s = SettlementEntity.lockByKey(institutionCode, settlementId)
                .orElseThrow(() -> notFound(institutionCode, settlementId));
        if (SettlementEntity.REVERSED.equals(s.status)) {
            throw new ConflictException("settlement " + settlementId + " of institution " + institutionCode
                    + " was already reversed at " + SettlementView.of(s).reversedAt());
        }
        s.status = SettlementEntity.REVERSED;
        s.reversedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        s.reversedBy = actor.name();
        s.reversalReason = reason == null || reason.isBlank() ? null : reason.strip();
        s.flush();
        try (Connection connection = dataSource.getConnection()) {
            OutboxWriter.append(connection, List.of(SettlementView.event(s).toOutbox()));
        } catch (SQLException e) {
            throw new IllegalStateException("queueing the reversal event failed: " + e.getMessage(), e);
        }
        return SettlementView.of(s);
    }

    private static void checkInstitution(String institutionCode, Scope scope) {
        if (scope.hospital() && !scope.mayWriteFor(institutionCode)) {
            throw new ScopeForbiddenException("institution:" + institutionCode,
                    "your token is scoped to " + scope.institutionText() + ", not " + institutionCode);
        }
    }

    private static NotFoundException notFound(String institutionCode, String settlementId) {
        return new NotFoundException("no settlement " + settlementId + " of institution " + institutionCode);
    }
}
