---- MODULE MapsToPlain2 ----
A == i |->
>>
====
