-- `source check`: the dossiers changed most recently. Columns: dossier_key, changed_at.
select dossierId as dossier_key, modifiedDate as changed_at from opencps_dossier
where dossierStatus is not null and dossierStatus <> ''
order by modifiedDate desc, dossierId desc
limit :limit
