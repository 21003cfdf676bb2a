-- The tables of OpenCPS v2 (VietOpenCPS/opencps-v2, backend-dossiermgt) that the `opencps` source
-- profile reads, written for this project from the public column lists, with Liferay's types as
-- standard SQL: LONG bigint, DATE timestamp (datetime(6) on MySQL/MariaDB), BOOLEAN boolean, TEXT
-- text. Used by the demo (`demo --source opencps`) and the tests; a real OpenCPS has more tables.
-- One column is wider than the published 75 characters: opencps_dossier.serviceName holds the
-- procedure's full name (the demo's run to ~200 characters; installations widen it the same way).
-- Statements are separated by a line holding only ';'.

create table opencps_dossier (
  uuid_ varchar(75), dossierId bigint not null primary key, groupId bigint, companyId bigint, userId bigint,
  userName varchar(255), createDate timestamp, modifiedDate timestamp, referenceUid varchar(75), counter bigint,
  registerBookCode varchar(100), registerBookName varchar(75), dossierRegister varchar(75), processNo varchar(75),
  serviceCode varchar(75), serviceName varchar(1000), govAgencyCode varchar(75), govAgencyName varchar(255),
  applicantName text, applicantIdType varchar(75), applicantIdNo varchar(75), applicantIdDate timestamp, address text,
  cityCode varchar(75), cityName varchar(255), districtCode varchar(75), districtName varchar(255), wardCode varchar(75),
  wardName varchar(255), contactName text, contactTelNo varchar(75), contactEmail varchar(75), delegateType integer,
  delegateName varchar(75), delegateIdNo varchar(75), delegateTelNo varchar(75), delegateEmail varchar(75),
  delegateAddress varchar(75), delegateCityCode varchar(75), delegateCityName varchar(75), delegateDistrictCode varchar(75),
  delegateDistrictName varchar(75), delegateWardCode varchar(75), delegateWardName varchar(75), documentNo varchar(75),
  documentDate timestamp, dossierTemplateNo varchar(75), dossierTemplateName text, dossierNote text, submissionNote text,
  applicantNote text, briefNote text, dossierNo varchar(255), submitting boolean, processDate timestamp,
  submitDate timestamp, receiveDate timestamp, dueDate timestamp, extendDate timestamp, releaseDate timestamp,
  finishDate timestamp, cancellingDate timestamp, correcttingDate timestamp, dossierStatus varchar(75),
  dossierStatusText text, dossierSubStatus varchar(75), dossierSubStatusText text, folderId bigint,
  dossierActionId bigint, viaPostal integer, postalServiceCode varchar(255), postalServiceName varchar(255),
  postalAddress varchar(255), postalCityCode varchar(255), postalCityName varchar(255), postalDistrictCode varchar(255),
  postalDistrictName varchar(255), postalWardCode varchar(255), postalWardName varchar(255), postalTelNo varchar(75),
  password_ varchar(75), notification boolean, online_ boolean, original boolean, serverNo varchar(75),
  endorsementDate timestamp, lockState varchar(200), originality integer, originDossierId bigint, sampleCount bigint,
  durationUnit integer, durationCount double precision, dossierName varchar(1000), originDossierNo varchar(255),
  groupDossierId bigint, metaData text, systemId integer, dossierCounter varchar(75)
)
;
create table opencps_dossieraction (
  uuid_ varchar(75), dossierActionId bigint not null primary key, companyId bigint, groupId bigint, userId bigint,
  userName varchar(255), createDate timestamp, modifiedDate timestamp, dossierId bigint, serviceProcessId bigint,
  previousActionId bigint, fromStepCode varchar(255), fromStepName varchar(255), fromSequenceNo varchar(255),
  actionCode varchar(100), actionUser varchar(255), actionName varchar(255), actionNote varchar(500),
  actionOverdue integer, syncActionCode varchar(100), pending boolean, rollbackable boolean, stepCode varchar(500),
  stepName varchar(500), sequenceNo varchar(255), dueDate timestamp, nextActionId bigint, payload text,
  stepInstruction varchar(500), state_ integer, eventStatus integer
)
;
create table opencps_dossierfile (
  uuid_ varchar(75), dossierFileId bigint not null primary key, groupId bigint, companyId bigint, userId bigint,
  userName varchar(255), createDate timestamp, modifiedDate timestamp, dossierId bigint, referenceUid varchar(75),
  dossierTemplateNo varchar(255), dossierPartNo varchar(255), dossierPartType integer, fileTemplateNo varchar(255),
  displayName varchar(500), formData text, fileEntryId bigint, original boolean, eForm boolean, isNew boolean,
  removed boolean, signCheck integer, signInfo text, formScript text, formReport text, formSchema text,
  deliverableCode varchar(500)
)
;
create table opencps_paymentfile (
  uuid_ varchar(75), paymentFileId bigint not null primary key, groupId bigint, companyId bigint, userId bigint,
  userName varchar(255), createDate timestamp, modifiedDate timestamp, dossierId bigint, referenceUid varchar(75),
  govAgencyCode varchar(75), govAgencyName varchar(500), paymentFee varchar(500), advanceAmount bigint,
  feeAmount bigint, serviceAmount bigint, shipAmount bigint, paymentAmount bigint, paymentNote varchar(500),
  epaymentProfile text, bankInfo text, paymentStatus integer, paymentMethod varchar(75), confirmDatetime timestamp,
  confirmPayload text, confirmFileEntryId bigint, confirmNote varchar(75), approveDatetime timestamp,
  accountUserName varchar(500), govAgencyTaxNo varchar(500), invoiceTemplateNo varchar(500),
  invoiceIssueNo varchar(500), invoiceNo varchar(500), invoicePayload text, einvoice text, invoiceFileEntryId bigint
)
;
create table opencps_processstep (
  uuid_ varchar(75), processStepId bigint not null primary key, companyId bigint, groupId bigint, userId bigint,
  userName varchar(255), createDate timestamp, modifiedDate timestamp, stepCode varchar(255), serviceProcessId bigint,
  stepName varchar(500), sequenceNo varchar(255), dossierStatus varchar(75), dossierSubStatus varchar(75),
  durationCount double precision, customProcessUrl varchar(255), stepInstruction text, briefNote text,
  editable boolean, restrictDossier varchar(255), lockState varchar(255), groupName varchar(255),
  roleAsStep varchar(255), checkInput integer
)
;
create table opencps_dossierstatusmapping (
  dossierStatusMappingId bigint not null primary key, groupId bigint, companyId bigint, userId bigint,
  userName varchar(75), createDate timestamp, modifiedDate timestamp, statusCode varchar(75),
  statusCodeDVCQG varchar(75), subStatusCode varchar(75)
)
;
create table opencps_serviceinfomapping (
  serviceInfoMappingId bigint not null primary key, groupId bigint, companyId bigint, userId bigint,
  userName varchar(75), createDate timestamp, modifiedDate timestamp, serviceCode varchar(75),
  serviceCodeDVCQG varchar(75), serviceNameDVCQG varchar(75), synced integer
)
;
create table opencps_serviceinfo (
  uuid_ varchar(75), serviceInfoId bigint not null primary key, groupId bigint, companyId bigint, userId bigint,
  userName varchar(75), createDate timestamp, modifiedDate timestamp, serviceCode varchar(75), serviceName text,
  processText text, methodText text, dossierText text, conditionText text, durationText text, applicantText text,
  resultText text, regularText text, feeText text, administrationCode varchar(75), administrationName varchar(500),
  administrationIndex varchar(75), domainCode varchar(75), domainName text, domainIndex varchar(75),
  maxLevel integer, public_ boolean, govAgencyText varchar(75)
)
;
create table opencps_serviceconfig (
  uuid_ varchar(75), serviceConfigId bigint not null primary key, groupId bigint, companyId bigint, userId bigint,
  userName varchar(255), createDate timestamp, modifiedDate timestamp, serviceInfoId bigint,
  govAgencyCode varchar(75), govAgencyName text, serviceInstruction text, serviceLevel integer,
  serviceUrl varchar(500), forCitizen boolean, forBusiness boolean, postService boolean, registration boolean
)
;
-- what the README asks a province's DBA to add for the adapter's change reads (modifiedDate of the
-- dossier and of its children) and for reading a page's children by dossier
create index ix_adapter_dossier_modified on opencps_dossier (modifiedDate, dossierId)
;
create index ix_adapter_action_modified on opencps_dossieraction (modifiedDate, dossierId)
;
create index ix_adapter_action_dossier on opencps_dossieraction (dossierId)
;
create index ix_adapter_file_modified on opencps_dossierfile (modifiedDate, dossierId)
;
create index ix_adapter_file_dossier on opencps_dossierfile (dossierId)
;
create index ix_adapter_payment_modified on opencps_paymentfile (modifiedDate, dossierId)
;
create index ix_adapter_payment_dossier on opencps_paymentfile (dossierId)
