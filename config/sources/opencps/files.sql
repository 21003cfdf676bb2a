-- The files of a page's dossiers that were not removed: submitted parts, and results (dossierPartType 2).
select f.dossierId as dossier_key, f.modifiedDate as changed_at, f.dossierFileId as file_id, f.dossierPartNo as part_no,
       f.dossierPartType as part_type, f.displayName as display_name, f.fileEntryId as file_entry_id
from opencps_dossierfile f
where f.dossierId in (:keys)
  and (f.removed is null or f.removed = false)
order by f.dossierId, f.dossierFileId
