-- The dossiers of a page, by key. A dossier without a status is a draft the applicant has not
-- submitted: it is not read (it comes back when it is submitted and its row changes). MaTTHC comes
-- from the province's own mapping to DVCQG's codes when it has one (OpenCPS's serviceinfomapping),
-- joined once a page: as a subquery per dossier, on a mapping without an index, PostgreSQL scanned
-- it 500 times a page (33 ms a page against 3).
select d.dossierId as dossier_key, d.modifiedDate as changed_at, d.groupId as group_id, d.dossierNo as dossier_no,
       d.serviceCode as service_code, d.serviceName as service_name,
       m.service_code_dvcqg,
       d.govAgencyCode as gov_agency_code, d.govAgencyName as gov_agency_name,
       d.applicantName as applicant_name, d.applicantIdType as applicant_id_type, d.applicantIdNo as applicant_id_no,
       d.contactTelNo as contact_tel_no, d.contactEmail as contact_email,
       d.dossierName as dossier_name, d.briefNote as brief_note, d.dossierNote as dossier_note,
       d.submitDate as submit_date, d.receiveDate as receive_date, d.dueDate as due_date,
       d.releaseDate as release_date, d.finishDate as finish_date,
       d.dossierStatus as dossier_status, d.dossierSubStatus as dossier_sub_status,
       d.online_ as online, d.viaPostal as via_postal
from opencps_dossier d
left join (select groupId, serviceCode, max(serviceCodeDVCQG) as service_code_dvcqg
           from opencps_serviceinfomapping group by groupId, serviceCode) m
  on m.serviceCode = d.serviceCode and m.groupId = d.groupId
where d.dossierId in (:keys)
  and d.dossierStatus is not null and d.dossierStatus <> ''
