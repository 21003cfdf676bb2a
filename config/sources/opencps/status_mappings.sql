-- The province's own mapping of OpenCPS statuses to DVCQG's TrangThaiHoSo (empty in many installations).
select groupId as group_id, statusCode as status_code, subStatusCode as sub_status_code,
       statusCodeDVCQG as status_code_dvcqg
from opencps_dossierstatusmapping
