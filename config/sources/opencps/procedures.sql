-- The province's catalogue: each procedure and its service level per agency.
select i.serviceCode as service_code, i.serviceName as service_name, i.feeText as fee_text,
       (select max(m.serviceCodeDVCQG) from opencps_serviceinfomapping m
         where m.serviceCode = i.serviceCode and m.groupId = i.groupId) as service_code_dvcqg,
       c.govAgencyCode as gov_agency_code, c.serviceLevel as service_level
from opencps_serviceinfo i
join opencps_serviceconfig c on c.serviceInfoId = i.serviceInfoId
order by i.serviceCode, c.govAgencyCode
