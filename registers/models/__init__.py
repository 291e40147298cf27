"""Registers of the Department's state-management work (issue 5)."""
from .base import RegisterRecord
from .inspection import Inspection, InspectionPlan, Petition
from .ip import Initiative, InnovationSupport, IPCase, IPProject
from .measurement import ComplianceCheck, TestSample, VerificationRecord
from .procedures import Procedure, ProcedureDossier
from .radiation import (
    IncidentEvent, RadiationCertificate, RadiationDeclaration, RadiationDevice, RadiationFacility, RadiationIncident,
    RadiationLicence,
)
from .standards import BarcodeRegistration, ConformityDeclaration, QualityProgramme, StandardsUpdate
from .technology import TechnologyOpinion

__all__ = [
    "RegisterRecord",
    "RadiationFacility", "RadiationDevice", "RadiationLicence", "RadiationCertificate", "RadiationDeclaration",
    "RadiationIncident", "IncidentEvent",
    "VerificationRecord", "TestSample", "ComplianceCheck",
    "ConformityDeclaration", "BarcodeRegistration", "StandardsUpdate", "QualityProgramme",
    "IPCase", "IPProject", "Initiative", "InnovationSupport",
    "TechnologyOpinion",
    "InspectionPlan", "Inspection", "Petition",
    "Procedure", "ProcedureDossier",
]
