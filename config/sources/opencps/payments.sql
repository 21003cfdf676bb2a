-- The fees of a page's dossiers.
select p.dossierId as dossier_key, p.modifiedDate as changed_at, p.paymentFileId as payment_id, p.paymentFee as payment_fee,
       p.paymentAmount as payment_amount, p.paymentMethod as payment_method, p.confirmDatetime as confirmed_at
from opencps_paymentfile p
where p.dossierId in (:keys)
order by p.dossierId, p.paymentFileId
