-- The processing history of a page's dossiers, every action, oldest first; the status of each
-- comes from its process step (serviceProcessId, stepCode).
select a.dossierId as dossier_key, a.modifiedDate as changed_at, a.dossierActionId as action_id, a.createDate as create_date,
       a.actionUser as action_user, a.actionName as action_name, a.stepName as step_name, a.dueDate as due_date,
       (select max(s.dossierStatus) from opencps_processstep s
         where s.serviceProcessId = a.serviceProcessId and s.stepCode = a.stepCode) as step_status,
       (select max(s.dossierSubStatus) from opencps_processstep s
         where s.serviceProcessId = a.serviceProcessId and s.stepCode = a.stepCode) as step_sub_status
from opencps_dossieraction a
where a.dossierId in (:keys)
order by a.dossierId, a.createDate, a.dossierActionId
